print(int, str, list, type, object, type(None), type(len), type(print))
print(int.__name__, str.__qualname__, list.__mro__, bool.__mro__)
print(type(1) is int, type("a")("x"), type([])((1, 2)), type(3.0)(7))
def f():
    pass
print(type(f).__name__, f.__name__, f.__qualname__, type(f.__code__).__name__, f.__module__)
print(__name__, type(__builtins__).__name__ in ("module", "dict"))
class C: pass
c = C()
print(type(c).__name__, C.__name__, isinstance(c, C), isinstance(c, object), C.__bases__)
