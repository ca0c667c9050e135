import gc

events = []


def cb(phase, info):
    events.append((phase, info["generation"]))


gc.collect()
gc.set_threshold(0)
print(gc.get_threshold(), gc.isenabled())
gc.callbacks.append(cb)
keep = []
for i in range(20000):
    keep.append([])
print("automatic:", events)
print("explicit:", gc.collect(0), events)
gc.callbacks.remove(cb)
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())
