import gc


def names(objs):
    return [type(o).__name__ for o in objs]


print(gc.get_referents([1, "a", None]))
print(gc.get_referents((3, 2, 1)))
print(gc.get_referents(42, "atom"))
print(gc.get_referents([1], [2, 3]))


class Plain:
    pass


p = Plain()
p.first = 10
p.second = "two"
p.third = [3]
r = gc.get_referents(p)
print(r[:-1])
print(r[-1] is Plain)
print(names(gc.get_referents({"k": 1.5})))
print(sorted(gc.get_referents({"a": 1})))
