# pairwise() and batched(): results, the short last batch, laziness and errors
import itertools, sys

print(list(itertools.pairwise("ABCDE")), list(itertools.pairwise("A")), list(itertools.pairwise([])))
print(list(itertools.pairwise(range(4))))
print(list(itertools.batched("ABCDEFG", 3)), list(itertools.batched([], 2)), list(itertools.batched("ab", 5)))
print(list(itertools.batched(range(6), 2)), list(itertools.batched(iterable="xyz", n=1)))

def src():
    for c in "abcde":
        print("  read", c)
        yield c
b = itertools.batched(src(), 2)
print(next(b))
print(list(b))
pw = itertools.pairwise(src())
print(next(pw))
print(next(pw))

last = list(itertools.batched("abcdefg", 3))[-1]
print(last, len(last), sys.getsizeof(last), sys.getsizeof(("a", "b", "c")))
print(sys.getsizeof(itertools.batched("ab", 2)), sys.getsizeof(itertools.pairwise("ab")))

def boom():
    yield 1
    yield 2
    raise KeyError("stop")
b = itertools.batched(boom(), 5)
try:
    next(b)
except KeyError as e:
    print("KeyError:", e)
print(list(b))
for call in [lambda: itertools.batched("ab", 0), lambda: itertools.batched("ab", -1), lambda: itertools.batched("ab", "2"),
             lambda: itertools.batched("ab"), lambda: itertools.pairwise(), lambda: itertools.pairwise(iterable="ab"),
             lambda: itertools.pairwise(3)]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
