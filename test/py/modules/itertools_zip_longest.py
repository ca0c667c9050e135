# zip_longest(): fill values, exhaustion, and the result tuple it recycles
import itertools, sys

print(list(itertools.zip_longest("ABCD", "xy", fillvalue="-")))
print(list(itertools.zip_longest([1, 2], [3], [4, 5, 6])))
print(list(itertools.zip_longest()), list(itertools.zip_longest("ab")))
print(list(itertools.zip_longest([], [], fillvalue=0)))

z = itertools.zip_longest("abc", [1])
first = next(z)
print(first, sys.getrefcount(first))
second = next(z)
print(second, first is second)
del first, second
a = next(z)
ida = id(a)
del a
print(next(z, "end"), next(z, "end"))

z = itertools.zip_longest("ab", "cd")
ids = [id(t) for t in z]
print(len(ids), ids[0] == ids[1])

fill = object()
before = sys.getrefcount(fill)
z = itertools.zip_longest([1, 2, 3], [], fillvalue=fill)
print(sys.getrefcount(fill) - before)
rows = list(z)
print(sys.getrefcount(fill) - before, len(rows))
del rows, z
print(sys.getrefcount(fill) - before)

for call in [lambda: itertools.zip_longest([], x=1), lambda: itertools.zip_longest([], fillvalue=1, y=2), lambda: itertools.zip_longest(1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print(sys.getsizeof(itertools.zip_longest("a", "b", "c")))
