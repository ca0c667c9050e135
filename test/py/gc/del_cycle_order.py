import gc


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)


gc.collect()
a = D("a")
b = D("b")
a.o = b
b.o = a
del a, b
print("before collect")
print("collected", gc.collect())
print("garbage", gc.garbage)

# a ring of three
x, y, z = D("x"), D("y"), D("z")
x.o, y.o, z.o = y, z, x
del x, y, z
print("collected", gc.collect())
print("garbage", gc.garbage)
