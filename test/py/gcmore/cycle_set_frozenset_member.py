import gc


class H:
    pass


gc.collect()
# set -> frozenset -> instance -> set
s = set()
h = H()
h.s = s
s.add(frozenset([h, 1, "x"]))
del s, h
print("set/frozenset/instance:", gc.collect())

# set -> tuple -> instance -> set
s = set()
h = H()
h.back = s
s.add((h, 2))
s.add((3, 4))
del s, h
print("set/tuple/instance:", gc.collect())

# a frozenset nested in a frozenset, closed through an instance attribute
h = H()
inner = frozenset([h])
outer = frozenset([inner, 5])
h.outer = outer
del h, inner, outer
print("nested frozensets:", gc.collect())
