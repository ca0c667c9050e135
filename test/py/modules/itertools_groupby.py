# groupby(): groups, key functions, and groups that go stale when the groupby advances
import itertools, sys

print([(k, list(g)) for k, g in itertools.groupby("AAAABBBCCDAABBB")])
print([k for k, g in itertools.groupby("AAAABBBCCD")])
print([(k, len(list(g))) for k, g in itertools.groupby(range(10), key=lambda x: x // 3)])
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
print([(k, list(g)) for k, g in itertools.groupby(words, key=lambda w: w[0])])
print(list(itertools.groupby([])), [(k, list(g)) for k, g in itertools.groupby([1], None)])

gb = itertools.groupby("aabbc")
k1, g1 = next(gb)
k2, g2 = next(gb)
print(k1, list(g1), k2, list(g2))
gb = itertools.groupby("aaabbb")
k1, g1 = next(gb)
print(next(g1))
k2, g2 = next(gb)
print(list(g1), list(g2))

def keyed(x):
    print("  key of", x)
    return x % 2
gb = itertools.groupby([1, 3, 2, 5], keyed)
k, g = next(gb)
print("group", k)
print(list(g))

print(type(g).__name__, sys.getsizeof(g), sys.getsizeof(gb))
print(type(g).__module__, type(g) is itertools._grouper)
try:
    next(itertools.groupby([1, 2], key=lambda x: 1 / 0))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
for call in [lambda: itertools.groupby(), lambda: itertools.groupby([], None, 1), lambda: itertools.groupby([], k=1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
