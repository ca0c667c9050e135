import gc

# all measurements are taken first and printed at the end, so that print()
# itself does not disturb the counts
gc.disable()
gc.collect()
base = gc.get_count()
keep = [[] for i in range(100)]
c1 = gc.get_count()
del keep
c2 = gc.get_count()
keep = [[] for i in range(100)]
c3 = gc.get_count()
del keep
c4 = gc.get_count()
print("after collect:", base)
print("after 100 lists:", c1[0] - base[0], c1[1:])
print("after deleting them:", c2[0] - c1[0])
print("100 more lists (free list reused):", c3[0] - c2[0])
print("deleted again:", c4[0] - c3[0])
gc.enable()
