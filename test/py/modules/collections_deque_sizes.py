# sys.getsizeof of deques: 216 bytes + 16 GC header + 528 per block in use (64 slots).
# A new deque starts in the middle of its block; extend() starts filling from the left.
import sys
from collections import deque
print(sys.getsizeof(deque()), deque.__basicsize__, deque.__itemsize__)
for n in (0, 1, 31, 32, 33, 63, 64, 65, 96, 97, 128, 129, 200, 1000):
    a = deque()
    for i in range(n):
        a.append(i)
    b = deque()
    for i in range(n):
        b.appendleft(i)
    print(n, sys.getsizeof(a), sys.getsizeof(b), sys.getsizeof(deque(range(n))))
d = deque(range(300))
while len(d) > 10:
    d.popleft()
    if len(d) % 64 == 0:
        print(len(d), sys.getsizeof(d))
d.rotate(5)
print(sys.getsizeof(d))
d.clear()
print(sys.getsizeof(d), d.__sizeof__())
print(sys.getsizeof(deque(range(100), maxlen=10)), sys.getsizeof(deque(maxlen=100)))
print(sys.getsizeof(iter(deque())), sys.getsizeof(reversed(deque([1]))))
e = deque("ab") * 100
print(len(e), sys.getsizeof(e))
