# ChainMap's mapping methods and views (as MutableMapping provides them), and UserDict.
from collections import ChainMap, UserDict
cm = ChainMap({"a": 1, "b": 2}, {"b": 20, "c": 30})
print(cm.keys(), cm.values(), cm.items())
print(list(cm.keys()), list(cm.values()), list(cm.items()), len(cm.keys()))
print("c" in cm.keys(), ("b", 2) in cm.items(), ("b", 20) in cm.items(), 30 in cm.values())
print(cm.keys() == {"a", "b", "c"}, sorted(cm.keys() & {"a", "z"}), sorted(cm.keys() | {"z"}), sorted(cm.keys() - {"a"}))
print(cm.setdefault("a", 5), cm.setdefault("q", 7), cm)
cm.update({"u": 1}, v=2)
cm.update([("w", 3)])
print(cm.maps[0])
print(cm.pop("u"), cm.pop("nope", None), cm == dict(cm.items()), cm != {"a": 1})
try:
    cm.pop("c")
except KeyError as e:
    print("KeyError", e)
cm2 = ChainMap()
cm2["x"] = 1
cm2 |= {"y": 2}
print(cm2, {"z": 0} | cm2, cm2 | {"z": 0})
r = ChainMap({})
r.maps[0]["me"] = r
print(r)
u = UserDict({"a": 1}, b=2)
u["c"] = 3
print(u, len(u), u["a"], u.get("z", 0), "b" in u, list(u), u.keys(), u.items())
del u["a"]
print(u, u.pop("b"), u.setdefault("d", 4), u, u == {"c": 3, "d": 4})
class Defaulting(UserDict):
    def __missing__(self, key):
        return key * 2
dd = Defaulting()
print(dd["ab"], dd, dd.copy(), type(dd.copy()).__name__, UserDict.fromkeys("xy", 0))
print(u | {"e": 5}, {"e": 5} | u, type(u | {}).__name__)
u.clear()
print(u, len(u), u.data)
