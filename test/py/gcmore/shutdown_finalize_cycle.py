import atexit
import gc
import weakref


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)


gc.disable()
a = D("kept")
b = D("cycle")
b.me = b
fa = weakref.finalize(a, print, "finalize kept (atexit)")
fb = weakref.finalize(b, print, "finalize cycle (atexit)")
fn = weakref.finalize(b, print, "finalize cycle (atexit=False)")
fn.atexit = False
atexit.register(print, "atexit registered after finalize")
del b
print("end of main")
