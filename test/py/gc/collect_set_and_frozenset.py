import gc


class H:
    pass


gc.collect()
s = set()
h = H()
h.s = s
s.add(h)
del s, h
print(gc.collect())

l = []
fs = frozenset([(1, 2), "x"])
l.append(fs)
l.append(l)
del l, fs
print(gc.collect())
