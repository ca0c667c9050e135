f = lambda x, y=3, *rest, k=1, **kw: x
print(f.__name__, f.__qualname__)
print(f.__defaults__, f.__kwdefaults__)
print(f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_varnames)
print(f.__doc__)

def outer():
    return lambda: None
g = outer()
print(g.__name__, g.__qualname__)

class C:
    h = lambda self: "method"
    k = staticmethod(lambda: "static")
print(C().h(), C.k(), C.h.__qualname__)

nested = lambda: lambda: 0
print(nested().__qualname__)
print(callable(f), type(f).__name__, type(f) is type(outer))
print((lambda: None)() is None)
try:
    f()
except TypeError as e:
    print("TypeError:", e)
try:
    (lambda a, *, b: 0)(1, 2)
except TypeError as e:
    print("TypeError:", e)
