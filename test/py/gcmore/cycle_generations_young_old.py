import gc

gc.disable()
gc.collect()
# a cycle that survives a generation-0 collection lives in generation 1
l = []
l.append(l)
print("while referenced:", gc.collect(0))
del l
print("collect(0):", gc.collect(0))
print("collect(1):", gc.collect(1))
# promoted twice: only a full collection finds it
m = []
m.append(m)
gc.collect(0)
gc.collect(1)
del m
print("collect(0):", gc.collect(0), "collect(1):", gc.collect(1), "collect(2):", gc.collect(2))
gc.enable()
