import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
# explicit collection still works while disabled
l = []
l.append(l)
del l
print(gc.collect() >= 1)
gc.enable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.enable(), gc.disable())
print(gc.isenabled())
gc.enable()
