f = frozenset([3, 1, 2, 3])
g = frozenset("abc")
print(f, len(f), 2 in f, f | {4}, f & {1, 9}, f - {1})
print(type(f | {4}).__name__, type({4} | f).__name__)
print(frozenset(), frozenset() == set(), f == {1, 2, 3}, f.issubset(range(5)))
d = {f: "frozen key"}
print(d[frozenset({1, 2, 3})])
s = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(s))
print(hash(frozenset()) == hash(frozenset()), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(sorted(g), f.union([7]), f.copy() == f)
try:
    f.add(1)
except AttributeError as e:
    print("AttributeError:", e)
