import weakref


class C:
    pass


c = C()
print(c.__weakref__)
r_cb = weakref.ref(c, lambda ref: None)
print(c.__weakref__ is r_cb)
plain = weakref.ref(c)
print(c.__weakref__ is plain, c.__weakref__ is r_cb)
del plain, r_cb
print(c.__weakref__)
print(type(C.__dict__["__weakref__"]).__name__, C.__dict__["__weakref__"].__name__)
try:
    c.__weakref__ = None
except AttributeError as e:
    print("AttributeError:", e)
