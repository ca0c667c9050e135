import gc
import weakref

gc.disable()
calls = []


class C:
    pass


c = C()
r = weakref.ref(c, lambda ref: calls.append("first"))
del r
del c
print("ref deleted before referent:", calls)

a = C()
b = C()
a.partner = b
b.partner = a
a.ref_to_b = weakref.ref(b, lambda ref: calls.append("ref in garbage"))
keep = weakref.ref(b, lambda ref: calls.append("ref outside garbage"))
del a, b
gc.collect()
print("cycle:", calls)
