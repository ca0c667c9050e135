# update_wrapper() and wraps(): copied metadata, the __dict__ merge and __wrapped__
import functools

def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print("  calling", fn.__name__)
        return fn(*args, **kwargs)
    return wrapper

@deco
def greet(name, punct="!"):
    "Say hello."
    return "hello " + name + punct

greet.flag = True
print(greet("ann"), greet.__name__, greet.__qualname__, greet.__doc__, greet.__module__)
print(greet.__wrapped__.__name__, greet.__wrapped__("bob", "?"))
print(sorted(greet.__dict__), greet.__wrapped__.__dict__)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)

def original():
    pass
original.marker = 1
original.__wrapped__ = "inner"
def shell():
    pass
result = functools.update_wrapper(shell, original)
print(result is shell, shell.__name__, shell.marker, shell.__wrapped__ is original)

def bare():
    pass
functools.update_wrapper(bare, original, assigned=("__doc__",), updated=())
print(bare.__name__, bare.__doc__, hasattr(bare, "marker"), bare.__wrapped__ is original)

class Callable:
    pass
c = Callable()
functools.update_wrapper(c, original)
print(c.__name__, c.__qualname__, c.__doc__, c.__wrapped__ is original, c.marker)
functools.update_wrapper(c, object())
print(c.__wrapped__.__class__.__name__)
partial_wrap = functools.wraps(original)
print(type(partial_wrap).__name__, partial_wrap.keywords["wrapped"] is original)
