import weakref

events = []


class C:
    def __del__(self):
        events.append("__del__")


def callback(ref):
    events.append(("callback", ref() is None))


c = C()
r = weakref.ref(c, callback)
del c
print(events)
