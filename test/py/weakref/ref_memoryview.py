import weakref

data = b"abc"
m = memoryview(data)
rm = weakref.ref(m, lambda ref: print("memoryview callback"))
print(rm() is m, type(rm()).__name__, bytes(rm()))
print(weakref.getweakrefcount(m))
del m
print(rm(), weakref.getweakrefcount(data))
print(bytes(data))
