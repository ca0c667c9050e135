import weakref


class C:
    def method(self):
        return "called"


c = C()
m = c.method
r1 = weakref.ref(m)
print("held bound method:", r1() is m)
del m
print("after del m:", r1())
r2 = weakref.ref(c.method, lambda ref: print("callback ran immediately"))
print("temporary bound method:", r2())
print(c.method == c.method, c.method is c.method)
print(weakref.getweakrefcount(c))
