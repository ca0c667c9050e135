class Tracked:
    def __init__(self, a):
        self.a = a
    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        print("delattr", name)
        super().__delattr__(name)
t = Tracked(1)
t.b = 2
setattr(t, "c", 3)
del t.b
delattr(t, "c")
t.a += 5
print(vars(t))
class Frozen:
    def __init__(self, x):
        object.__setattr__(self, "x", x)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: Frozen")
f = Frozen(9)
print(f.x)
try:
    f.x = 10
except AttributeError as e:
    print("AttributeError:", e)
class Validated:
    def __setattr__(self, name, value):
        if not isinstance(value, int):
            raise TypeError(f"{name} must be int, not {type(value).__name__}")
        self.__dict__[name] = value
v = Validated()
v.n = 3
print(v.n, v.__dict__)
v.s = "x"
