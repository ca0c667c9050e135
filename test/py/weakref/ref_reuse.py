import weakref


class C:
    pass


def cb(ref):
    pass


c = C()
print(weakref.ref(c) is weakref.ref(c))
print(weakref.ref(c, None) is weakref.ref(c))
print(weakref.ref(c, cb) is weakref.ref(c, cb))
plain = weakref.ref(c)
with_cb = weakref.ref(c, cb)
print(plain is with_cb, plain == with_cb)
print(weakref.proxy(c) is weakref.proxy(c))
p = weakref.proxy(c)
print(weakref.proxy(c, cb) is p)
print(weakref.getweakrefcount(c))
del plain
print(weakref.getweakrefcount(c))
r = weakref.ref(c)
print(r is weakref.ref(c), weakref.getweakrefcount(c))
