import gc
import weakref


class D:
    def __del__(self):
        print("in __del__: weakref alive:", r() is self, "weakref count:", weakref.getweakrefcount(self))


gc.collect()
d = D()
r = weakref.ref(d)
del d
print("refcount death done; ref now:", r())
d = D()
d.me = d
r = weakref.ref(d)
del d
print("collected:", gc.collect())
print("cyclic death done; ref now:", r())
