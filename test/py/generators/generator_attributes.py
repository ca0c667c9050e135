def gen(x):
    yield x

g = gen(1)
print(g.__name__, g.__qualname__, g.gi_running, g.gi_suspended)
next(g)
print(g.gi_running, g.gi_suspended, g.gi_yieldfrom)
print(iter(g) is g)
print(type(g).__name__)

class C:
    def method(self):
        yield self

print(C().method().__qualname__)

def outer():
    def inner():
        yield 1
    return inner()
print(outer().__qualname__)
g.__name__ = "renamed"
print(g.__name__)
print(repr(g).startswith("<generator object gen at 0x"))
