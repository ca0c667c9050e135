import weakref


class C:
    pass


got = []
c = C()
p = weakref.proxy(c, lambda ref: got.append(ref is p))
p2 = weakref.proxy(c)
print(p is p2, weakref.getweakrefcount(c))
del c
print(got)
try:
    bool(p)
except ReferenceError as e:
    print("ReferenceError:", e)
print(repr(p2).startswith("<weakproxy at "))
