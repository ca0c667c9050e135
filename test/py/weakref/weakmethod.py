import weakref


class C:
    def __init__(self, name):
        self.name = name

    def hello(self):
        return "hello from " + self.name


c = C("c")
wm = weakref.WeakMethod(c.hello)
print(isinstance(wm, weakref.ref))
print(wm() == c.hello, wm() is c.hello)
print(wm()())
wm2 = weakref.WeakMethod(c.hello, lambda r: print("callback, got the WeakMethod:", r is wm2))
print(wm == wm2)
del c
print(wm(), wm2())


def plain():
    pass


try:
    weakref.WeakMethod(plain)
except TypeError as e:
    print("TypeError:", e)
