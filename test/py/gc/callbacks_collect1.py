import gc

events = []


def cb(phase, info):
    events.append((phase, dict(info)))


gc.collect()
gc.callbacks.append(cb)
l = []
l.append(l)
del l
n = gc.collect(1)
gc.callbacks.remove(cb)
print(n)
for e in events:
    print(e)
print(gc.callbacks)
