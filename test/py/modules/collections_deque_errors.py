# Error messages of deque operations; the last one ends the program.
from collections import deque
def attempt(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
d = deque([1, 2, 3])
attempt(lambda: deque().pop())
attempt(lambda: deque().popleft())
attempt(lambda: d[3])
attempt(lambda: d[-4])
attempt(lambda: d["a"])
attempt(lambda: d[1:2])
attempt(lambda: d.remove(9))
attempt(lambda: d.index(9))
attempt(lambda: d.index(1, 1))
attempt(lambda: deque(maxlen=-1))
attempt(lambda: deque(maxlen="3"))
attempt(lambda: deque([], 1, 2))
attempt(lambda: deque(5))
attempt(lambda: d + [4])
attempt(lambda: d * "a")
attempt(lambda: hash(d))
attempt(lambda: d < [1])
attempt(lambda: d.rotate("1"))
attempt(lambda: d.insert(1))
attempt(lambda: setattr(d, "maxlen", 3))
attempt(lambda: d.pop(0))
attempt(lambda: d.append())
attempt(lambda: deque(foo=1))
try:
    for x in d:
        if x == 2:
            d.append(4)
except RuntimeError as e:
    print("RuntimeError:", e)
it = iter(d)
next(it)
d.appendleft(0)
for x in it:
    print(x)
