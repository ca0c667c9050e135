class D:
    __slots__ = ("a", "__dict__")

d = D()
d.a = 1
d.other = 2
print(d.a, d.__dict__)
print("a" in d.__dict__)
class W:
    __slots__ = ("a", "__weakref__")
w = W()
print(hasattr(w, "__dict__"), hasattr(w, "__weakref__"))
print(w.__weakref__)
try:
    w.b = 2
except AttributeError as e:
    print("AttributeError:", e)
class Plain:
    pass
print("__weakref__" in Plain.__dict__, "__dict__" in Plain.__dict__)
print("__weakref__" in W.__dict__, "__dict__" in W.__dict__)
print([k for k in ["a", "__weakref__", "__dict__"] if k in D.__dict__])
try:
    class Dup:
        __slots__ = ("x", "x")
except TypeError as e:
    print("TypeError:", e)
try:
    class Conflict:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print("ValueError:", e)
try:
    class Dict2(D):
        __slots__ = ("__dict__",)
except TypeError as e:
    print("TypeError:", e)
