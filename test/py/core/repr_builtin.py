print(repr(1), repr(1.0), repr("s"), repr("it's"), repr(None), repr([1, "a", None]), repr((1,)), repr(()))
print(repr({"k": [1, (2,)]}), repr({1, 2}), repr(set()), repr(frozenset({3})), repr(range(3)), repr(b"x"))
print(repr(slice(1, 2)), repr(slice(None, 5, -1)), repr(...), repr(NotImplemented), repr(int), repr(len))
print(repr(True), repr(-0.0), repr(1e16), repr(2 ** 64), repr(3j), repr({}))
d = {}
d["self"] = d
print(repr(d))
l = [1]
l.append([l])
print(repr(l))
print(str("x"), str(b"x"), str(1.5), str([1.5, "x"]))
