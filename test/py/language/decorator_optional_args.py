def tagged(func=None, *, label="default"):
    if func is None:
        print("called with options", label)
        return lambda f: tagged(f, label=label)
    def wrapper(*args):
        return f"{label}:{func(*args)}"
    return wrapper

@tagged
def a():
    return "a"

@tagged()
def b():
    return "b"

@tagged(label="custom")
def c():
    return "c"

print(a(), b(), c())

class Flag:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return lambda *args: ("flagged", self.fn(obj, *args))

class Host:
    @Flag
    def run(self, x):
        return x + 1

print(Host().run(41))
print(type(Host.run).__name__)
