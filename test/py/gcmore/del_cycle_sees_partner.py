import gc


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        p = self.partner
        print("__del__", self.name, "partner:", p.name, "partner items:", p.items,
              "partner finalized:", gc.is_finalized(p))


gc.collect()
a, b = D("a"), D("b")
a.partner, b.partner = b, a
a.items, b.items = [1, 2], {"k": "v"}
del a, b
print("collected:", gc.collect())
