import weakref


class C:
    pass


def cb(ref):
    pass


c = C()
print(weakref.getweakrefcount(c), weakref.getweakrefs(c))
r0 = weakref.ref(c, cb)
r1 = weakref.ref(c, cb)
plain = weakref.ref(c)
print(weakref.getweakrefcount(c))
p = weakref.proxy(c)
print(weakref.getweakrefcount(c))
refs = weakref.getweakrefs(c)
print([x is plain for x in refs])
print([x is p for x in refs])
print([x is r1 for x in refs], [x is r0 for x in refs])
del refs, r1
print(weakref.getweakrefcount(c))
del c
print(weakref.getweakrefcount(plain), len(weakref.getweakrefs(7)))
