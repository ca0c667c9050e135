import gc

gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.get_debug() == gc.DEBUG_SAVEALL)
l = []
l.append(l)
del l
print(gc.collect())
print(gc.garbage)
m = [1, 2]
n = [m]
m.append(n)
del m, n
print(gc.collect())
print(len(gc.garbage))
print(sorted(len(x) for x in gc.garbage))
gc.set_debug(0)
for x in gc.garbage:
    x.clear()
del gc.garbage[:]
print(gc.collect(), gc.garbage)
