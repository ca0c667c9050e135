# product(): results, repeat=, the pools it copies, sizes and the recycled result tuple
import itertools, sys

print(list(itertools.product("ab", [1, 2])))
print(list(itertools.product("ab", repeat=2)))
print(list(itertools.product([0, 1], "x", repeat=2)))
print(list(itertools.product()), list(itertools.product("ab", repeat=0)), list(itertools.product("ab", [])))
print(len(list(itertools.product(range(3), range(4), range(5)))))

t = (1, 2)
before = sys.getrefcount(t)
p = itertools.product(t, "xy")
print(sys.getrefcount(t) - before)
del p
print(sys.getrefcount(t) - before)

for args, kw in [(("ab", "cd"), {}), (("ab",), {"repeat": 3}), ((), {}), ((range(10),) * 4, {})]:
    print(sys.getsizeof(itertools.product(*args, **kw)), itertools.product(*args, **kw).__sizeof__())

p = itertools.product("ab", "cd")
ids = []
for r in p:
    ids.append(id(r))
print(len(set(ids)))
p = itertools.product("ab", "cd")
kept = [next(p), next(p)]
print(kept, kept[0] is kept[1])

def gen():
    print("  consumed")
    yield 1
    yield 2
p = itertools.product(gen(), "ab")
print("made")
print(list(p))

for kw in [{"repeat": -1}, {"repeat": "x"}, {"x": 1}, {"repeat": 1, "x": 1}]:
    try:
        itertools.product("ab", **kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    itertools.product("ab", 5)
except TypeError as e:
    print("TypeError:", e)
