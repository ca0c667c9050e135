import gc

gc.disable()
gc.collect()
old = ["old"]
gc.collect()
# old is now in generation 2; a young list closes a cycle with it
young = ["young", old]
old.append(young)
del old, young
print("collect(0):", gc.collect(0))
print("collect(1):", gc.collect(1))
print("collect(2):", gc.collect(2))
# the other way round: the old object is garbage only together with a young one
a = []
gc.collect(0)
b = [a]
a.append(b)
del a, b
print("collect(0):", gc.collect(0))
print("collect(1):", gc.collect(1))
gc.enable()
