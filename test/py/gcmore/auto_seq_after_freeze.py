import gc

events = []


def cb(phase, info):
    if phase == "start":
        events.append(info["generation"])


gc.freeze()
gc.collect()
gc.set_threshold(100, 2, 2)
gc.callbacks.append(cb)
keep = []
for i in range(3000):
    keep.append([])
gc.callbacks.remove(cb)
gc.set_threshold(700, 10, 10)
gc.unfreeze()
print("collections:", len(events))
print("sequence:", events)
