# permutations, combinations and combinations_with_replacement: results, counts, sizes
import itertools, sys

print(list(itertools.permutations("abc")))
print(list(itertools.permutations(range(4), 2))[:6])
print(list(itertools.permutations("ab", 3)), list(itertools.permutations("ab", 0)), list(itertools.permutations([])))
print(list(itertools.combinations("abcd", 2)))
print(list(itertools.combinations("abc", 0)), list(itertools.combinations("abc", 4)), list(itertools.combinations("", 0)))
print(list(itertools.combinations_with_replacement("abc", 2)))
print(list(itertools.combinations_with_replacement("", 0)), list(itertools.combinations_with_replacement("", 2)))
print(list(itertools.combinations_with_replacement("ab", 0)))
print([len(list(itertools.permutations(range(n)))) for n in range(6)])
print([len(list(itertools.combinations(range(6), r))) for r in range(8)])
print([len(list(itertools.combinations_with_replacement(range(4), r))) for r in range(5)])
print(list(itertools.permutations(iterable="ab", r=None)), list(itertools.combinations(r=1, iterable="ab")))

for make in [lambda: itertools.permutations("abcd"), lambda: itertools.permutations("abcd", 2),
             lambda: itertools.permutations("", 3), lambda: itertools.combinations("abcdef", 3),
             lambda: itertools.combinations("ab", 0), lambda: itertools.combinations_with_replacement("abc", 5)]:
    o = make()
    print(type(o).__name__, sys.getsizeof(o), o.__sizeof__())

t = tuple("abc")
before = sys.getrefcount(t)
c = itertools.combinations(t, 2)
print(sys.getrefcount(t) - before, next(c))
del c
print(sys.getrefcount(t) - before)

for call in [lambda: itertools.permutations("ab", -1), lambda: itertools.permutations("ab", "2"),
             lambda: itertools.combinations("ab", -1), lambda: itertools.combinations("ab"),
             lambda: itertools.combinations("ab", "x"), lambda: itertools.combinations_with_replacement("ab", -2),
             lambda: itertools.permutations(5)]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
