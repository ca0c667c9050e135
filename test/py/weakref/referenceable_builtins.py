import sys
import weakref


def f():
    return 1


def gen():
    yield 1


class C:
    pass


g = gen()
objects = [
    ("set", {1, 2}), ("frozenset", frozenset({3})), ("function", f),
    ("builtin", len), ("class", C), ("int type", int), ("instance", C()),
    ("module", sys), ("generator", g), ("code", f.__code__),
]
for label, obj in objects:
    r = weakref.ref(obj)
    print(label, type(r()).__name__, r() is obj, weakref.getweakrefcount(obj))
print(weakref.ref(f)()())
print(next(weakref.ref(g)()))
s = {1, 2}
rs = weakref.ref(s, lambda ref: print("set callback"))
del s
print(rs())
