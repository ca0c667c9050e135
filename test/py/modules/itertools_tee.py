# tee(): independent iterators over one source, buffered in linked blocks of 57 values
import itertools, sys

a, b = itertools.tee([1, 2, 3])
print(list(a), list(b), list(a))
x, y, z = itertools.tee(iter("abcd"), 3)
print(next(x), next(x), next(y), list(z), list(x), list(y))
print(itertools.tee("abc", 0), len(itertools.tee("abc", 1)))

def counted(n):
    for i in range(n):
        print("  produce", i)
        yield i
p, q = itertools.tee(counted(3))
print(next(p), next(p))
print(next(q), next(q), next(q))
print(list(p))

a, b = itertools.tee(range(200))
print(sum(a), sum(b))
a, b = itertools.tee(range(130))
for _ in range(60):
    next(a)
c = a.__copy__()
print(next(a), next(c), next(b))
t1, t2 = itertools.tee(a)
print(t1 is a, type(t1).__name__, next(t1), next(t2), next(a))
print(sys.getsizeof(a), type(a).__name__, type(a) is itertools._tee)

token = object()
before = sys.getrefcount(token)
a, b = itertools.tee([token, token])
next(a)
print(sys.getrefcount(token) - before)
next(b)
print(sys.getrefcount(token) - before)
del a, b
print(sys.getrefcount(token) - before)

def reentrant():
    yield next(t)
t, _ = itertools.tee(reentrant())
try:
    next(t)
except RuntimeError as e:
    print("RuntimeError:", e)
for call in [lambda: itertools.tee(), lambda: itertools.tee([], -1), lambda: itertools.tee([], n=2), lambda: itertools.tee(5)]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
