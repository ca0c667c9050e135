# Bounded deques: appends push items off the other end; extend/extendleft trim as they go.
from collections import deque
d = deque(maxlen=3)
for i in range(6):
    d.append(i)
    print(d)
d.appendleft("L")
print(d, d.maxlen, len(d))
d.extend("abcd")
print(d)
d.extendleft("wxyz")
print(d)
print(deque(range(10), 4), deque(range(10), maxlen=0), deque([1, 2], None))
z = deque(maxlen=0)
z.append(1); z.extend([1, 2, 3]); z.appendleft(2)
print(z, len(z))
big = deque("ab", maxlen=5)
big *= 4
print(big)
one = deque([7], maxlen=3)
print(one * 10, deque("abc", 2) * 3)
try:
    deque([1, 2], 2).insert(0, 5)
except IndexError as e:
    print("IndexError:", e)
r = deque(range(5), maxlen=5)
r.rotate(2)
print(r, r.maxlen)
print(repr(deque((), 2)), deque([None], maxlen=1))
