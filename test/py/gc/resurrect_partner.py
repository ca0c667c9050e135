import gc

keep = None


class A:
    def __del__(self):
        global keep
        print("A.__del__")
        keep = self.partner


class B:
    def __del__(self):
        print("B.__del__")


gc.collect()
a = A()
b = B()
a.partner = b
b.partner = a
del a, b
# A resurrects B, which keeps A alive: nothing is freed
print("collect:", gc.collect())
print(type(keep).__name__, type(keep.partner).__name__)
print(gc.is_finalized(keep), gc.is_finalized(keep.partner))
keep = None
print("collect again:", gc.collect())
