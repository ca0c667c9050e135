import gc


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)


gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
a, b = D("a"), D("b")
a.o, b.o = b, a
del a, b
print("collected:", gc.collect())
print(sorted(type(x).__name__ for x in gc.garbage))
print(sorted(x.name for x in gc.garbage if type(x) is D))
print([gc.is_finalized(x) for x in gc.garbage])
gc.set_debug(0)
for x in gc.garbage:
    del x.o
del x
print("clearing garbage")
gc.garbage.clear()
print("collect:", gc.collect())
