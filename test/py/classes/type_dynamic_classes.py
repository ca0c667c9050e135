def init(self, v):
    self.v = v

def show(self):
    return f"{type(self).__name__}(v={self.v})"

Base = type("Base", (), {"__init__": init, "show": show, "kind": "base"})
b = Base(1)
print(b.show(), b.kind, Base.__name__, Base.__bases__)
Derived = type("Derived", (Base,), {"kind": "derived", "extra": lambda self: self.v * 2})
d = Derived(21)
print(d.show(), d.kind, d.extra())
print([k.__name__ for k in Derived.__mro__])
print(isinstance(d, Base), type(d) is Derived)
print(type(Derived).__name__, Derived.__qualname__, Derived.__module__)
Empty = type("Empty", (), {})
print(Empty.__name__, Empty().__class__.__name__)
print(type(5) is int, type("s").__name__)
try:
    type("X", 5, {})
except TypeError as e:
    print("TypeError:", e)
try:
    type("X", (), 5)
except TypeError as e:
    print("TypeError:", e)
try:
    type("A", "B")
except TypeError as e:
    print("TypeError:", e)
Derived.added = 5
print(d.added, [k for k in ["added", "kind", "extra", "show"] if k in Derived.__dict__])
