import gc

phases = []


def cb(phase, info):
    phases.append((phase, info["generation"]))


gc.collect()
gc.set_threshold(10)
gc.callbacks.append(cb)
for i in range(100):
    l = []
    l.append(l)
del l
gc.callbacks.remove(cb)
gc.set_threshold(700, 10, 10)
print("start seen:", any(p == "start" for p, g in phases))
print("generations:", sorted(set(g for p, g in phases)))
print("balanced:", phases.count(("start", 0)) == phases.count(("stop", 0)))
