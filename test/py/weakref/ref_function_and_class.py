import gc
import weakref

gc.disable()


def f():
    return "f called"


rf = weakref.ref(f, lambda r: print("function callback"))
print(rf()())
del f
print("after del f:", rf())


class C:
    pass


rc = weakref.ref(C, lambda r: print("class callback"))
del C
print("after del C:", rc() is not None)
gc.collect()
print("after collect:", rc())
