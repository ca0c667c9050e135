# rotate/reverse/insert/remove/del and indexing across block boundaries (64 items a block).
from collections import deque
d = deque(range(10))
d.rotate(3); print(d)
d.rotate(-5); print(d)
d.rotate(); print(d)
d.rotate(23); print(d)
d.reverse(); print(d)
d.insert(2, "x"); d.insert(-1, "y"); d.insert(100, "end"); d.insert(-100, "start")
print(d)
d.remove("x"); d.remove("y")
print(d)
del d[0]; del d[-1]
print(d)
big = deque(range(200))
big.rotate(77)
print(big[0], big[63], big[64], big[127], big[128], big[-1], len(big))
big.reverse()
print(big[0], big[100], big[-1])
for i in (0, 50, 100, 150, 199):
    big[i] = -i
print([big[i] for i in (0, 50, 100, 150, 199)])
del big[100]
print(len(big), big[99], big[100])
big.rotate(-1000)
print(big[0], big[-1], sum(big))
e = deque("abcdefg")
e.rotate(-2); e.insert(3, "!"); print("".join(e))
print(deque().rotate(5), deque([1]).reverse())
