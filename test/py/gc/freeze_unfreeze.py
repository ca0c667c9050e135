import gc

gc.disable()
gc.collect()
base = gc.get_freeze_count()
keep = [[i] for i in range(50)]
gc.freeze()
print(gc.get_count())
print(gc.get_freeze_count() - base >= 50)
gc.unfreeze()
print(gc.get_freeze_count())
# frozen garbage is not collected until unfrozen
l = []
l.append(l)
del l
gc.freeze()
print(gc.collect())
gc.unfreeze()
print(gc.collect())
gc.enable()
