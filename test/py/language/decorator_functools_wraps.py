import functools

def plain(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper

def wrapped(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return func(*args, **kwargs)
    return wrapper

def target(x, y=2):
    """Add two numbers."""
    return x + y
target.custom = "kept"

p = plain(target)
w = wrapped(target)
print(p.__name__, p.__doc__, p.__qualname__)
print(w.__name__, w.__doc__, w.__qualname__)
print(w.__wrapped__ is target, hasattr(p, "__wrapped__"))
print(w.custom, w(1), w(1, y=5))
print(w.__module__)
print(sorted(k for k in w.__dict__))

def outer():
    @wrapped
    def inner():
        "inner doc"
    return inner
print(outer().__qualname__, outer().__doc__)
print(functools.WRAPPER_ASSIGNMENTS)
print(functools.WRAPPER_UPDATES)
