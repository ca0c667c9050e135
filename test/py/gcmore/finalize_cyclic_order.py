import gc
import weakref

events = []


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        events.append("__del__ " + self.name)


gc.collect()
d = D("d")
d.me = d
f1 = weakref.finalize(d, events.append, "finalize 1")
r = weakref.ref(d, lambda ref: events.append("weakref callback"))
f2 = weakref.finalize(d, events.append, "finalize 2")
del d
print("alive before:", f1.alive, f2.alive)
print("collected:", gc.collect())
print("alive after:", f1.alive, f2.alive)
for e in events:
    print(e)
