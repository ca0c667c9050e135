nan = float("nan")
lst = [nan, 1.0]
print(nan in lst, float("nan") in lst, lst.count(nan), lst.index(nan))
print(nan == nan, [nan] == [nan], (nan,) == (nan,), {nan: 1}.get(nan))
other = float("nan")
print([other] == [nan], other in {nan}, len({nan, other, nan}))
d = {nan: "a"}
d[other] = "b"
print(len(d), sorted([3.0, 1.0, 2.0]))
