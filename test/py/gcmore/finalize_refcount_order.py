import weakref

events = []


class D:
    def __del__(self):
        events.append("__del__")


d = D()
weakref.finalize(d, events.append, "finalize 1")
weakref.ref(d)
r = weakref.ref(d, lambda ref: events.append("weakref callback"))
weakref.finalize(d, events.append, "finalize 2")
del d
for e in events:
    print(e)
