import gc
import weakref


class V:
    def __init__(self, name, cyclic):
        self.name = name
        if cyclic:
            self.me = self


gc.collect()
cache = weakref.WeakValueDictionary()
for i, cyclic in enumerate([True, False, True, False, True]):
    cache["k%d" % i] = V("v%d" % i, cyclic)
held = cache["k2"]
print("after refcount deaths:", sorted(cache.keys()))
n = gc.collect()
print("collected:", n)
print("after collect:", sorted(cache.keys()), cache["k2"].name)
del held
print("after del held:", sorted(cache.keys()))
gc.collect()
print("after second collect:", sorted(cache.keys()), len(cache))
