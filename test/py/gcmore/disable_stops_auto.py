import gc

starts = []


def cb(phase, info):
    if phase == "start":
        starts.append(info["generation"])


gc.collect()
before = [s["collections"] for s in gc.get_stats()]
gc.disable()
gc.callbacks.append(cb)
for i in range(3000):
    l = []
    l.append(l)
del l
after = [s["collections"] for s in gc.get_stats()]
print("callbacks while disabled:", starts)
print("stats unchanged:", before == after)
print("pending garbage collected by hand:", gc.collect())
print("callbacks:", starts)
gc.callbacks.remove(cb)
gc.enable()
print(gc.isenabled())
