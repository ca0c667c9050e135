# Counter: counting, missing keys count zero, most_common, elements, update/subtract.
from collections import Counter
c = Counter("abracadabra")
print(c, c["a"], c["z"], "z" in c, len(c))
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1))
print(sorted(c.elements()), c.total())
c.update("aaz")
c.update({"b": 10})
c.update(x=2)
print(c)
c.subtract("aaaa")
c.subtract({"x": 5}, )
print(c)
del c["nothere"]
del c["r"]
print(c, c.get("r"), c["r"])
print(Counter(), Counter({"a": 3, "b": 1}), Counter(a=2, b=0), Counter([1, 1, 2, 3, 3, 3]))
print(Counter("aab") == Counter("aba"), Counter(a=1) == Counter(a=1, b=0), Counter(a=1) == {"a": 1})
e = Counter("hello")
e["l"] -= 2
print(e, list(e.elements()), e.most_common(1))
words = "the cat and the hat and the bat".split()
print(Counter(words).most_common(2))
print(Counter({"a": 1.5, "b": 0.5}), Counter({1: "x"}) if False else None)
try:
    Counter.fromkeys("abc")
except NotImplementedError as exc:
    print("NotImplementedError:", exc)
cp = c.copy()
print(type(cp).__name__, cp == c, cp is c, isinstance(c, dict))
print(Counter("aab").__reduce__())
