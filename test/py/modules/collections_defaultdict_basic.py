# defaultdict: __missing__ calls the factory and stores the result; repr, copy, |.
from collections import defaultdict
d = defaultdict(list)
d["a"].append(1); d["a"].append(2); d["b"]
print(d, len(d), "c" in d, d.get("c"), d["a"])
print(d.default_factory, type(d).__name__, isinstance(d, dict), defaultdict.__mro__)
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts, dict(counts), counts == dict(counts))
s = defaultdict(set, {"x": {1}})
s["y"].add(2)
print(sorted(s.items()))
n = defaultdict()
print(n, n.default_factory)
try:
    n["missing"]
except KeyError as e:
    print("KeyError", e)
n.default_factory = lambda: "made"
print(n["k"], dict(n))
c = counts.copy()
print(type(c).__name__, c.default_factory, c == counts, c is counts)
print(defaultdict(int, a=1) | {"b": 2}, {"b": 2} | defaultdict(int, a=1))
e = defaultdict(str, [("p", "q")], r="s")
e |= {"t": "u"}
print(e, e.__missing__("v"), e)
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 3
print(dict(nested["x"]), len(nested))
print(defaultdict(None, {1: 2}), repr(defaultdict(dict)))
print(d.pop("a"), d.setdefault("z", 5), sorted(d))
