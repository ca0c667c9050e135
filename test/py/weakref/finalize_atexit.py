import atexit
import weakref


class C:
    def __init__(self, name):
        self.name = name


keep = [C("a"), C("b"), C("c"), C("d")]
fa = weakref.finalize(keep[0], print, "finalizer a")
fb = weakref.finalize(keep[1], print, "finalizer b")
fc = weakref.finalize(keep[2], print, "finalizer c (atexit=False)")
fc.atexit = False
fd = weakref.finalize(keep[3], print, "finalizer d")
fb()
atexit.register(print, "atexit registered after the first finalize")
print("end of main")
