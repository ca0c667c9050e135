import gc


def where(x):
    return [any(o is x for o in gc.get_objects(g)) for g in range(3)]


gc.disable()
gc.collect()
x = [1]
print("new:", where(x))
gc.collect(0)
print("after collect(0):", where(x))
gc.collect(0)
print("after another collect(0):", where(x))
gc.collect(1)
print("after collect(1):", where(x))
y = [2]
gc.collect(1)
print("young after collect(1):", where(y))
gc.freeze()
print("frozen:", where(x), where(y))
gc.unfreeze()
print("unfrozen:", where(x), where(y))
print("atomic dict:", where({"a": 1}))
gc.enable()
