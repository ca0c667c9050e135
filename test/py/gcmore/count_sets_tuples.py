import gc

gc.disable()
gc.collect()
x = 5
base = gc.get_count()
keep = [set() for i in range(40)]
c1 = gc.get_count()
del keep
c2 = gc.get_count()
keep = [(x, i) for i in range(40)]
c3 = gc.get_count()
del keep
c4 = gc.get_count()
keep = [(i, x) for i in range(40)]
c5 = gc.get_count()
del keep
print("40 sets:", c1[0] - base[0])
print("deleted:", c2[0] - c1[0])
print("40 pairs:", c3[0] - c2[0])
print("deleted (free list):", c4[0] - c3[0])
print("40 pairs again:", c5[0] - c4[0])
gc.enable()
