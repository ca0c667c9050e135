class Logged:
    cls_attr = 1
    def __init__(self):
        self.a = 10
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("lookup", name)
        return object.__getattribute__(self, name)
    def method(self):
        return self.a + 1
x = Logged()
print(x.a)
print(x.cls_attr)
print(x.method())
try:
    x.nothing
except AttributeError as e:
    print("AttributeError:", e)
class Upper:
    def __init__(self):
        self.name = "bob"
    def __getattribute__(self, name):
        v = super().__getattribute__(name)
        return v.upper() if isinstance(v, str) else v
    def __getattr__(self, name):
        return "missing:" + name
u = Upper()
print(u.name, u.other)
class Everything:
    def __getattribute__(self, name):
        return 42
e = Everything()
print(e.anything, e.x)
print(type(e).__name__)
class Raiser:
    def __getattribute__(self, name):
        raise AttributeError(name)
    def __getattr__(self, name):
        return "rescued " + name
print(Raiser().foo)
