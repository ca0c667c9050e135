import gc
import weakref


class N:
    def __init__(self, v):
        self.v = v


gc.collect()
n = N(5)
n.me = n
p = weakref.proxy(n, lambda ref: print("proxy callback, same proxy:", ref is p))
del n
print("value through proxy:", p.v, p.me.v)
print("collected:", gc.collect())
try:
    p.v
except ReferenceError as e:
    print("ReferenceError:", e)
# a proxy inside the cycle does not keep it alive
m = N(1)
m.proxy = weakref.proxy(m)
m.me = m
del m
print("collected:", gc.collect())
