class Lazy:
    existing = "class attr"
    def __init__(self):
        self.real = "real"
    def __getattr__(self, name):
        print("__getattr__", name)
        if name.startswith("auto_"):
            value = name[5:].upper()
            setattr(self, name, value)
            return value
        raise AttributeError(f"no attribute {name!r}")

o = Lazy()
print(o.real, o.existing)
print(o.auto_x)
print(o.auto_x)
print(getattr(o, "missing", "default"))
print(hasattr(o, "nope"), hasattr(o, "auto_y"))
try:
    o.missing
except AttributeError as e:
    print("AttributeError:", e)
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.sort()
p.append(0)
print(p._target, p.count(0))
class Prop:
    @property
    def bad(self):
        raise AttributeError("inner")
    def __getattr__(self, name):
        return "fallback for " + name
print(Prop().bad)
