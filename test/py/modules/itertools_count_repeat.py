# count() and repeat(): values, reprs, the switch from the fast counter to objects
import itertools, sys

c = itertools.count()
print(next(c), next(c), next(c), repr(c))
print(repr(itertools.count(5)), repr(itertools.count(-3)), repr(itertools.count(2, 3)))
print(repr(itertools.count(1.5)), repr(itertools.count(1, 1.0)), repr(itertools.count(True)))
print(repr(itertools.count(0, True)), repr(itertools.count(start=10, step=-2)))
f = itertools.count(0.5, 0.25)
print([next(f) for _ in range(4)], repr(f))
b = itertools.count(2**70)
print(next(b), repr(b))
m = itertools.count(sys.maxsize - 1)
print(next(m), next(m), next(m), repr(m))
s = itertools.count(10, -3)
print([next(s) for _ in range(5)])

r = itertools.repeat('ab', 3)
print(repr(r), r.__length_hint__(), list(r), repr(r), r.__length_hint__())
print(repr(itertools.repeat(None)), repr(itertools.repeat(1, -5)), repr(itertools.repeat(object=[1], times=2)))
forever = itertools.repeat(7)
print([next(forever) for _ in range(3)], repr(forever))
try:
    forever.__length_hint__()
except TypeError as e:
    print("TypeError:", e)
print(list(map(pow, range(5), itertools.repeat(2))))
print(list(zip(itertools.count(1), 'abc')))
