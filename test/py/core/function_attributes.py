def f(a, b=2, *args, c=3, **kw):
    "Docstring of f."
    x = 1
    return a
print(f.__name__, f.__qualname__, f.__doc__, f.__defaults__, f.__kwdefaults__)
code = f.__code__
print(code.co_name, code.co_argcount, code.co_kwonlyargcount, code.co_posonlyargcount, code.co_nlocals)
print(code.co_varnames, code.co_flags & 0x04 != 0, code.co_flags & 0x08 != 0)
def g():
    pass
print(g.__doc__, g() is None, g.__defaults__, g.__kwdefaults__)
f.__defaults__ = (20,)
print(f(1), f.__defaults__)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__, (lambda: 0).__qualname__)
