import gc

x = 3
d = {}
print("empty:", gc.is_tracked(d))
d["t"] = (1, 2)
print("constant tuple value:", gc.is_tracked(d))
d["rt"] = (x, x)
print("runtime tuple value:", gc.is_tracked(d))
gc.collect()
print("after collect (tuple untracked):", gc.is_tracked(d), gc.is_tracked(d["rt"]))
d.update(a=[1])
print("update with list:", gc.is_tracked(d))
del d["a"]
print("list removed:", gc.is_tracked(d))
d.clear()
print("cleared:", gc.is_tracked(d))
gc.collect()
print("cleared, after collect:", gc.is_tracked(d))
e = dict.fromkeys("ab", [])
print("fromkeys with list:", gc.is_tracked(e))
f = {"a": 1}.copy()
print("copy of atomic dict:", gc.is_tracked(f))
g = {"a": []}.copy()
print("copy of tracked dict:", gc.is_tracked(g))
h = {}
h.setdefault("k", {})
print("setdefault empty dict value:", gc.is_tracked(h))
k = {}
k[(x, "s")] = 1
print("runtime tuple key:", gc.is_tracked(k))
