# namedtuple instances are plain tuples in memory (no __dict__, no weakref slot);
# the class holds _tuplegetter descriptors; __new__ is a lambda compiled in a small
# namespace of its own, as CPython builds it.
import sys
from collections import namedtuple
P = namedtuple("P", "a b c")
p = P(1, 2, 3)
print(sys.getsizeof(p), sys.getsizeof((1, 2, 3)), P.__basicsize__, P.__itemsize__, P.__dictoffset__)
print(sys.getsizeof(P.a), type(P.a).__name__, P.a.__doc__, P.c)
print(list(P.__new__.__globals__), P.__new__.__globals__["__builtins__"], P.__new__.__name__, P.__new__.__module__)
print(P.__new__.__globals__["_tuple_new"] is tuple.__new__, P.__new__.__globals__["_tuple_new"] == tuple.__new__)
print(sys.getrefcount(P))
q = P(4, 5, 6)
print(sys.getrefcount(P))
del q
print(sys.getrefcount(P))
v = object()
base = sys.getrefcount(v)
r = P(v, v, [v])
print(sys.getrefcount(v) - base)
s = r._replace(a=0)
print(sys.getrefcount(v) - base)
d = r._asdict()
print(sys.getrefcount(v) - base, list(d))
del r, s, d
print(sys.getrefcount(v) - base)
try:
    p.__weakref__
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "__dict__"), P.__slots__, P.__weakrefoffset__)
