import gc

seen = []


def cb(phase, info):
    seen.append((phase, info["generation"], gc.isenabled()))


gc.collect()
gc.callbacks.append(cb)
gc.disable()
gc.collect(1)
gc.enable()
gc.collect(0)
gc.set_threshold(50)
keep = []
for i in range(60):
    keep.append([])
gc.set_threshold(700, 10, 10)
gc.callbacks.remove(cb)
for s in seen:
    print(s)
