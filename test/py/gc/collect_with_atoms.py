import gc

gc.collect()
# the cycle also holds ints, strs, floats, None: only the containers count
l = [1, 2.5, "text", None, True, 10**30, b"bytes"]
l.append(l)
del l
print(gc.collect())

# an instance cycle with atomic attributes
class R:
    pass

r = R()
r.n = 42
r.s = "string"
r.f = 3.25
r.me = r
del r
print(gc.collect())

# a list cycle holding a range and an object()
l = [range(10), object(), 1j]
l.append(l)
del l
print(gc.collect())
