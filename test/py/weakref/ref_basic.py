import weakref


class C:
    pass


c = C()
r = weakref.ref(c)
print(type(r) is weakref.ref, weakref.ReferenceType is weakref.ref)
print(r() is c)
print(r.__callback__)
print(type(r()).__name__)
del c
print(r())
print(r() is None)
d = C()
r2 = weakref.ref(d, None)
print(r2.__callback__, r2 is weakref.ref(d))
d = None
print(r2())
