import gc

gc.collect()
d = {}
d["self"] = d
del d
print(gc.collect())

d1 = {"name": 1}
d2 = {"name": 2}
d1["other"] = d2
d2["other"] = d1
del d1, d2
print(gc.collect())

# dict -> list -> dict
d = {}
l = [d]
d["l"] = l
del d, l
print(gc.collect())
