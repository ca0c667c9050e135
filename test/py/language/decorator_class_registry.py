registry = {}

def register(name=None):
    def deco(cls):
        registry[name or cls.__name__.lower()] = cls
        cls.registered_as = name or cls.__name__.lower()
        return cls
    return deco

def add_repr(cls):
    fields = cls.fields
    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
        return f"{type(self).__name__}({inner})"
    cls.__repr__ = __repr__
    return cls

@register()
@add_repr
class Point:
    fields = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

@register("circ")
@add_repr
class Circle:
    fields = ("r",)
    def __init__(self, r):
        self.r = r

print(sorted(registry))
print(registry["point"](1, 2), registry["circ"](3.5))
print(Point.registered_as, Circle.registered_as)
print(Point.__name__, type(Point))
