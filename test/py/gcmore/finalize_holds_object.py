import gc
import weakref


class Res:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)


def close(res):
    print("closing", res.name)


gc.collect()
# the finalizer's arguments keep the object alive: it never dies before exit
r = Res("leaky")
fin = weakref.finalize(r, close, r)
del r
print("collected:", gc.collect(), "alive:", fin.alive)
# passing only what is needed lets it die
s = Res("fine")
fin2 = weakref.finalize(s, print, "closing fine by name")
del s
print("alive:", fin2.alive)
print("end of main")
