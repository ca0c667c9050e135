import gc
import weakref


class N:
    pass


gc.collect()
a, b, c = N(), N(), N()
a.o, b.o, c.o = b, c, a
refs = [weakref.ref(x) for x in (a, b, c)]
del b, c
print("only a named:", [r() is not None for r in refs])
print(gc.collect(), [r() is not None for r in refs])
del a
print("ring unnamed:", [r() is not None for r in refs])
print(gc.collect(), [r() is None for r in refs])
# a weakref kept inside the cycle it refers to
x = N()
x.me = x
x.wr = weakref.ref(x, lambda r: print("never called"))
outer = weakref.ref(x)
del x
print("self weakref:", gc.collect(), outer())
