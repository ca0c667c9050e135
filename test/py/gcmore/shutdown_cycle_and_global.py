import gc


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)


gc.collect()
a = D("cycle a")
b = D("cycle b")
a.o, b.o = b, a
del a, b
g = D("global")
selfref = D("self-cycle held by a global")
selfref.me = selfref
print("end of main")
