for t in [(), (0,), (1,), (1, 2), (2, 1), (1, 2, 3), ("a",), ("a", "b"), (True,), ((1, 2), (3,)), (1.5, -2)]:
    print(t, hash(t))
for fs in [frozenset(), frozenset([1]), frozenset([1, 2]), frozenset(["a"]), frozenset([(1, 2)])]:
    print(fs, hash(fs))
print(hash((1, 2)) == hash((1.0, 2.0)), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
