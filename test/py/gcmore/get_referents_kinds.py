import gc


def names(objs):
    return [type(o).__name__ for o in objs]


class P:
    __slots__ = ("a", "b")

    def m(self):
        return self.a


def outer():
    v = [1]

    def inner():
        return v
    return inner


print("dict, int keys:", gc.get_referents({1: "x", 2: "y"}))
print("dict, str keys:", gc.get_referents({"a": 10, "b": 20}))
print("set:", sorted(gc.get_referents({3, 1, 2})))
print("frozenset:", sorted(gc.get_referents(frozenset(["p", "q"]))))
p = P()
p.b = "bee"
p.a = "ay"
print("slots:", gc.get_referents(p)[:2], gc.get_referents(p)[2] is P)
f = outer()
print("closure cell:", gc.get_referents(f.__closure__[0]))
print("closure tuple:", names(gc.get_referents(f.__closure__)))
print("bound method:", names(gc.get_referents(p.m)))
print("method-wrapper:", names(gc.get_referents(p.__repr__)))
print("list iterator:", names(gc.get_referents(iter([1, 2]))))
print("nested list:", gc.get_referents([[1], [2]]))
