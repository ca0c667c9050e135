import gc

log = []


def cb(phase, info):
    log.append((phase, info["generation"], info["collected"], info["uncollectable"]))


class N:
    pass


gc.collect()
gc.callbacks.append(cb)
for size in (1, 3, 10):
    nodes = [N() for i in range(size)]
    for i in range(size):
        nodes[i].next = nodes[(i + 1) % size]
    del nodes, i
    gc.collect()
a = []
a.append(a)
gc.collect(0)
del a
gc.collect(0)
gc.callbacks.remove(cb)
for entry in log:
    print(entry)
