import gc


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)


gc.collect()
a = D("a")
b = D("b")
c = D("c (tail, no back reference)")
a.o = b
b.o = a
b.tail = c
del a, b, c
print("collected:", gc.collect())

# the tail is created before the cycle members
t = D("t (tail)")
x = D("x")
y = D("y")
x.o, y.o = y, x
y.tail = t
del t, x, y
print("collected:", gc.collect())
