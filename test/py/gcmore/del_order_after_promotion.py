import gc


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)


gc.disable()
gc.collect()
a, b, c = D("a"), D("b"), D("c")
a.o, b.o, c.o = b, c, a
del a, b, c
print("fresh ring:", gc.collect(0))
a, b, c = D("a"), D("b"), D("c")
gc.collect(0)
a.o, b.o, c.o = b, c, a
del a, b, c
print("ring promoted before linking:", gc.collect(1))
a, b, c = D("a"), D("b"), D("c")
c.o, b.o, a.o = b, a, c
gc.collect(0)
del c, b, a
print("ring linked, then promoted:", gc.collect())
gc.enable()
