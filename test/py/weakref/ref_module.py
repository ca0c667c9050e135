import atexit
import gc
import sys
import weakref

r = weakref.ref(sys)
print(r() is sys, type(r()).__name__)
print(weakref.ref(gc) is weakref.ref(gc))
print(weakref.getweakrefcount(atexit), weakref.getweakrefcount(sys) >= 1)
p = weakref.proxy(gc)
print(type(p).__name__, p.isenabled())
print(p.collect is not None, r().maxsize > 0)
