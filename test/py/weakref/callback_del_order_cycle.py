import gc
import weakref

gc.disable()
events = []


class C:
    def __del__(self):
        events.append("__del__")


def make(tag):
    return lambda ref: events.append(("callback", tag, ref() is None))


c = C()
c.self = c
refs = [weakref.ref(c, make(i)) for i in range(4)]
del c
print("before collect:", events)
print("collected:", gc.collect())
for e in events:
    print(e)
