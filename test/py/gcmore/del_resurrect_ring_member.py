import gc

keep = []


class R:
    def __init__(self, name, save=False):
        self.name = name
        self.save = save

    def __del__(self):
        print("__del__", self.name)
        if self.save:
            keep.append(self)


gc.collect()
a, b, c = R("a"), R("b", save=True), R("c")
a.o, b.o, c.o = b, c, a
del a, b, c
print("first collect:", gc.collect())
print("kept:", [r.name for r in keep], keep[0].o.name, keep[0].o.o.name)
print("finalized:", [gc.is_finalized(r) for r in (keep[0], keep[0].o, keep[0].o.o)])
keep.clear()
print("second collect:", gc.collect())
print("kept:", keep)
