import gc

gc.collect()


class B:
    pass


del B
print("empty class:", gc.collect())


class C:
    x = 1

    def m(self):
        return self.x


del C
print("class with method:", gc.collect())


class P:
    pass


class Q(P):
    pass


del Q
print("subclass only:", gc.collect())
del P
print("base:", gc.collect())
