d = {"a": 1, "b": 2}
d["c"] = 3
d["a"] = 10
print(d, len(d), d["b"], d.get("z"), d.get("z", 0), "a" in d, 1 in d)
print(d.keys(), d.values(), d.items())
print(list(d), list(d.values()), list(d.items()))
print(d.pop("b"), d.pop("zz", "dflt"), d)
print(d.setdefault("a", 0), d.setdefault("n", []), d)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
print(d)
print(d.popitem(), d)
e = d.copy()
e.clear()
print(e, d == d.copy(), dict.fromkeys("ab", 0), dict.fromkeys([1, 2]))
print(dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict({"k": "v"}, w=1), dict(zip("xy", [1, 2])))
print({1: "a"} | {2: "b"}, sorted({"b": 1, "a": 2}.items()))
del d["a"]
print(d)
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e, repr(e))
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
