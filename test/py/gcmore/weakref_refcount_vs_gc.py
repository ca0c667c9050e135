import gc
import weakref

events = []


class D:
    def __del__(self):
        events.append("__del__")


def cb(ref):
    events.append("callback")


gc.collect()
x = D()
r1 = weakref.ref(x, cb)
del x
print("refcount death:", events)
events.clear()
y = D()
y.me = y
r2 = weakref.ref(y, cb)
del y
print("before collect:", events)
gc.collect()
print("cyclic death:", events)
events.clear()
# a cycle broken by hand dies by refcount again
z = D()
z.me = z
r3 = weakref.ref(z, cb)
del z.me
del z
print("cycle broken by hand:", events)
