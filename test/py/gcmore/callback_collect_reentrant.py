import gc
import weakref

results = []


class N:
    pass


def cb(ref):
    results.append(("weakref callback collect", gc.collect()))


def gc_cb(phase, info):
    if phase == "stop":
        results.append(("gc callback collect", gc.collect(), info["collected"]))


gc.collect()
n = N()
n.me = n
r = weakref.ref(n, cb)
del n
gc.callbacks.append(gc_cb)
print("outer:", gc.collect())
gc.callbacks.remove(gc_cb)
for entry in results:
    print(entry)
