import gc
import weakref

events = []


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        events.append("__del__ " + self.name)


gc.collect()
a, b = D("a"), D("b")
a.o, b.o = b, a
ra = weakref.ref(a, lambda r: events.append("callback a"))
rb = weakref.ref(b, lambda r: events.append("callback b"))
rb2 = weakref.ref(b, lambda r: events.append("callback b2"))
del a, b
print("collected:", gc.collect())
for e in events:
    print(e)
print(ra(), rb(), rb2())
