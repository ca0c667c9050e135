import sys
import weakref


class C:
    pass


c = C()
before = sys.getrefcount(c)
r = weakref.ref(c)
r2 = weakref.ref(c, lambda ref: None)
p = weakref.proxy(c)
print(sys.getrefcount(c) == before)
x = r()
print(sys.getrefcount(c) - before)
del x
print(sys.getrefcount(c) == before)
p.attr = 1
print(sys.getrefcount(c) == before)
print(weakref.getweakrefcount(c))
