# cycle() saves what it has seen on the first pass; chain() walks its iterables lazily
import itertools, sys

def gen(tag, n):
    for i in range(n):
        print("  produce", tag, i)
        yield f"{tag}{i}"

cy = itertools.cycle(gen("g", 3))
print([next(cy) for _ in range(7)])
print(list(itertools.islice(itertools.cycle("ab"), 5)))
empty = itertools.cycle([])
print(list(empty))

ch = itertools.chain(gen("a", 2), [], gen("b", 1))
print("created")
print(next(ch))
print(list(ch))
print(list(itertools.chain()), list(itertools.chain("ab", (1, 2), {3: 4})))
fi = itertools.chain.from_iterable(gen("x", 1) for _ in range(2))
print(list(fi))
print(list(itertools.chain.from_iterable(["abc", range(3)])))
bad = itertools.chain([1], 5, [2])
print(next(bad))
try:
    next(bad)
except TypeError as e:
    print("TypeError:", e)
print(list(bad))
print(type(itertools.chain.from_iterable([])).__name__)
