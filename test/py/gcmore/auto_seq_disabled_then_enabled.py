import gc

events = []


def cb(phase, info):
    events.append((phase, info["generation"]))


gc.collect()
gc.disable()
gc.callbacks.append(cb)
garbage_made = 0
for i in range(5000):
    l = []
    l.append(l)
    garbage_made += 1
del l
print("while disabled:", events)
gc.enable()
x = [[] for i in range(3)]
print("after enable:", events[:2])
gc.callbacks.remove(cb)
print("collected by enable:", gc.collect() == 0)
