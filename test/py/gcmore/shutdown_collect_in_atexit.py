import atexit
import gc


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)


def collect_now():
    print("atexit collect:", gc.collect())


atexit.register(collect_now)
gc.disable()
x = D("x")
y = D("y")
x.o, y.o = y, x
del x, y
l = []
l.append(l)
del l
print("end of main")
