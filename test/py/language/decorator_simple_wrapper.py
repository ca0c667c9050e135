def trace(func):
    def wrapper(*args, **kwargs):
        print("call", func.__name__, args, sorted(kwargs.items()))
        result = func(*args, **kwargs)
        print("result", result)
        return result
    return wrapper

@trace
def add(a, b=10):
    return a + b

@trace
def greet(name, *, punct="!"):
    return "hi " + name + punct

add(1)
add(2, b=3)
greet("ann")
greet("bob", punct="?")
print(add.__name__, greet.__name__)
print(add.__qualname__)
print(add.__closure__[0].cell_contents.__name__)
