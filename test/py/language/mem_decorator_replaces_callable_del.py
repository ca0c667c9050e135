class Tracked:
    def __init__(self, name, func=None):
        self.name = name
        self.func = func
        print("create", name)
    def __call__(self, *args):
        return self.func(*args) if self.func else self.name
    def __del__(self):
        print("del", self.name)

def replace_with(name):
    def deco(obj):
        print("decorating", getattr(obj, "name", getattr(obj, "__name__", "?")))
        return Tracked(name)
    return deco

print("-- stacking")
@replace_with("outer")
@replace_with("inner")
@(lambda f: Tracked("wrapped " + f.__name__, f))
def compute(x):
    return x * 2

print("-- decorated name is", compute.name)
print(compute())
print("-- rebinding the name")
compute = None
print("-- wrapper around function")
@lambda f: Tracked("w", f)
def double(x):
    return x * 2
print(double(21))
double = Tracked("replacement", len)
print(double("abc"))
print("-- end of program")
