# defaultdict objects are dicts with one more pointer: 56 + 16 GC bytes plus the key table.
import sys
from collections import defaultdict
print(sys.getsizeof(defaultdict()), sys.getsizeof({}), defaultdict.__basicsize__)
d = defaultdict(list)
for i in range(20):
    d[i]
    if i in (0, 5, 10, 19):
        print(i, sys.getsizeof(d), sys.getsizeof(dict(d)))
print(d.__sizeof__())
f = list
before = sys.getrefcount(f)
dd = defaultdict(f)
print(sys.getrefcount(f) - before)
dd2 = dd.copy()
print(sys.getrefcount(f) - before)
dd.default_factory = None
print(sys.getrefcount(f) - before)
del dd2
print(sys.getrefcount(f) - before)
class Sub(defaultdict):
    pass
s = Sub(int)
print(sys.getsizeof(s), s["x"], s, Sub.__basicsize__)
v = []
holder = defaultdict(lambda: v)
holder["a"]; holder["b"]
print(sys.getrefcount(v))
holder.clear()
print(sys.getrefcount(v))
