import gc

gc.collect()
l = []
l.append(l)
print(gc.collect())
del l
print(gc.collect())
print(gc.collect())

# two self-referencing lists at once
a = [1, 2]
a.append(a)
b = ["x"]
b.append(b)
del a, b
print(gc.collect())
