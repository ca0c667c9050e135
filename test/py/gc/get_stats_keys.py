import gc

stats = gc.get_stats()
print(type(stats).__name__, len(stats))
for s in stats:
    print(sorted(s), all(type(v) is int for v in s.values()))
gc.collect()
before = gc.get_stats()
l = []
l.append(l)
del l
gc.collect()
after = gc.get_stats()
print(after[2]["collections"] - before[2]["collections"])
print(after[2]["collected"] - before[2]["collected"])
print(after[2]["uncollectable"] - before[2]["uncollectable"])
print(after[0]["collections"] - before[0]["collections"])
