import gc

gc.disable()
gc.collect()
base = gc.get_count()
keep = [{} for i in range(100)]
c1 = gc.get_count()
del keep
c2 = gc.get_count()
keep = [{"a": i} for i in range(100)]
c3 = gc.get_count()
del keep
c4 = gc.get_count()
gc.collect()
c5 = gc.get_count()
print("100 empty dicts:", c1[0] - base[0])
print("deleted:", c2[0] - c1[0])
print("100 small dicts:", c3[0] - c2[0])
print("deleted:", c4[0] - c3[0])
print("after collect:", c5)
gc.enable()
