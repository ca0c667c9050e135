# Reference counts of items held by a deque: append/pop/rotate/copy/clear/del.
import sys
from collections import deque
x = object()
base = sys.getrefcount(x)
d = deque()
for i in range(100):
    d.append(x)
print(sys.getrefcount(x) - base)
d.rotate(30)
print(sys.getrefcount(x) - base)
for i in range(40):
    d.pop()
print(sys.getrefcount(x) - base)
c = d.copy()
print(sys.getrefcount(x) - base, len(c))
d.clear()
print(sys.getrefcount(x) - base)
del c
print(sys.getrefcount(x) - base)
e = deque([x] * 3, maxlen=2)
print(sys.getrefcount(x) - base)
e.append(1)
print(sys.getrefcount(x) - base)
it = iter(e)
print(sys.getrefcount(e))
del it
print(sys.getrefcount(e))
f = deque([x, x])
f *= 5
print(sys.getrefcount(x) - base)
del e, f
print(sys.getrefcount(x) - base)
y = [1]
g = deque([y])
print(g.pop() is y, sys.getrefcount(y))
