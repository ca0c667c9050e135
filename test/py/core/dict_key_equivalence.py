d = {}
d[0] = "int zero"
d[0.0] = "float zero"
d[False] = "false"
print(d)
d2 = {1: "a", True: "b", 1.0: "c"}
print(d2, len(d2))
s = {0, 0.0, False, -0.0}
print(s, len(s))
print({(1, 2): 1}[(1.0, 2.0)], {"a": 1}.get("a"), {2 ** 61 - 1: "m"}.get(0, "no collision"))
print(hash(-1) == hash(-2), {-1: "minus one", -2: "minus two"})
