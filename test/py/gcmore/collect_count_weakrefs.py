import gc
import weakref


class N:
    pass


def selfcycle():
    n = N()
    n.me = n
    return n


gc.collect()
n = selfcycle()
plain = weakref.ref(n)
del n
print("plain weakref held outside:", gc.collect())
n = selfcycle()
with_cb = weakref.ref(n, lambda r: None)
del n
print("callback weakref held outside:", gc.collect())
n = selfcycle()
refs = [weakref.ref(n, lambda r: None) for i in range(3)]
del n
print("three callback weakrefs:", gc.collect())
n = selfcycle()
weakref.ref(n, lambda r: print("unheld callback weakref: never called"))
del n
print("callback weakref not held:", gc.collect())
n = selfcycle()
n.inner = weakref.ref(n, lambda r: print("never called"))
del n
print("weakref inside the garbage:", gc.collect())
