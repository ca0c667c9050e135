import gc

gc.collect()
d = {}
d["keys"] = d.keys()
del d
print("dict + keys view:", gc.collect())

d = {"a": 1}
d["items"] = d.items()
d["values"] = d.values()
del d
print("dict + 2 views:", gc.collect())

l = [1, 2, 3]
l.append(iter(l))
del l
print("list + its iterator:", gc.collect())

l = []
l.append(reversed(l))
l.append(enumerate(l))
del l
print("list + reversed + enumerate:", gc.collect())

s = []
m = map(len, [s])
s.append(m)
del s, m
print("map object:", gc.collect())
