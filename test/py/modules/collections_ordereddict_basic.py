# OrderedDict: insertion order, move_to_end, popitem(last=), order-sensitive equality
# between OrderedDicts, the 3.12 repr, and the odict views.
from collections import OrderedDict
od = OrderedDict()
od["b"] = 1; od["a"] = 2; od["c"] = 3
print(od, list(od), list(reversed(od)))
od.move_to_end("b")
print(od)
od.move_to_end("b", last=False)
print(od, list(od.keys()), list(od.values()), list(od.items()))
print(od.popitem(), od.popitem(last=False), od)
od.update([("x", 1), ("y", 2)], z=3)
print(od, len(od))
a = OrderedDict(a=1, b=2)
b = OrderedDict(b=2, a=1)
print(a == b, a == dict(b), dict(a) == b, a != b)
print(OrderedDict.fromkeys("abc"), OrderedDict.fromkeys("ab", 0))
print(od.keys(), od.values(), od.items())
print(list(reversed(od.items())), list(reversed(od.values())), list(reversed(od.keys())))
print("x" in od.keys(), ("x", 1) in od.items(), ("x", 2) in od.items())
print(od.pop("x"), od.pop("nope", "dflt"), od.setdefault("w", 9), od)
c = od.copy()
c["new"] = 0
print(c, od, type(c).__name__)
print(OrderedDict(a=1) | {"b": 2}, {"b": 2} | OrderedDict(a=1))
od |= {"y": 20}
print(od)
del od["y"]
od.clear()
print(od, repr(OrderedDict()))
r = OrderedDict(k=1)
r["self"] = r
print(r)
print(OrderedDict([(1, "one"), (2, "two")]), OrderedDict({"q": 1}).__reduce__()[:4])
