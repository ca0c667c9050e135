import gc

log = []


def first(phase, info):
    log.append(("first", phase, info["generation"], info["collected"]))


def second(phase, info):
    log.append(("second", phase, sorted(info)))


gc.collect()
gc.callbacks.extend([first, second])
a, b = [], []
a.append(b)
b.append(a)
del a, b
print(gc.collect(0))
print(gc.collect(2))
del gc.callbacks[:]
for entry in log:
    print(entry)
