import gc
import weakref


class Obj:
    def __init__(self):
        self.me = self

    def hello(self):
        return "hello"


gc.collect()
o = Obj()
wm = weakref.WeakMethod(o.hello, lambda r: print("WeakMethod callback, is wm:", r is wm))
plain = weakref.ref(o.hello)
print("plain ref to a bound method dies at once:", plain())
del o
print("still alive through the cycle:", wm()())
print("collected:", gc.collect())
print("after:", wm())
