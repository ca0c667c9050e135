def as_class(func):
    class Wrapped:
        calls = 0
        def __init__(self, *args):
            type(self).calls += 1
            self.value = func(*args)
        def __repr__(self):
            return f"Wrapped[{func.__name__}]({self.value!r})"
    Wrapped.__name__ = func.__name__.title()
    return Wrapped

@as_class
def square(n):
    return n * n

a = square(4)
b = square(5)
print(a, b)
print(square.__name__, square.calls, isinstance(a, square))
print(type(square).__name__)

def singleton(cls):
    instance = cls()
    return instance

@singleton
class config:
    debug = True
    def get(self, key):
        return getattr(self, key, None)

print(type(config).__name__, config.get("debug"), config.get("missing"))
