# A memoryview is two GC objects in CPython: the view and a managed buffer that holds the
# exporter. Views of views share the managed buffer. Counts, referents, referrers and
# the exporter's refcount follow them.
import gc, sys

gc.disable()
data = bytearray(b"hello world")
c0 = gc.get_count()[0]
m = memoryview(data)
c1 = gc.get_count()[0]
print("memoryview(bytearray) GC objects:", c1 - c0)
s = m[2:8]
c2 = gc.get_count()[0]
print("slice of a view:", c2 - c1)
refs = gc.get_referents(m)
print([type(r).__name__ for r in refs], gc.get_referents(s) == refs)
print([type(r).__name__ for r in gc.get_referents(refs[0])])
print("exporter refcount:", sys.getrefcount(data))
del refs
print("referrers of data:", [type(r).__name__ for r in gc.get_referrers(data) if type(r).__name__ != "dict"])
print(gc.is_tracked(m), gc.is_tracked(s))
del m
print("after del m:", sys.getrefcount(data), s.tobytes())
s.release()
print("after release:", sys.getrefcount(data))
data.extend(b"!")
print(data)
del s
print("after del s:", sys.getrefcount(data))

# a cycle through a view: an instance holding a view of its own bytearray attribute
class Holder:
    def __del__(self):
        print("Holder.__del__, view released:", repr(self.view).startswith("<released"))

h = Holder()
h.buf = bytearray(8)
h.view = memoryview(h.buf)
h.me = h
del h
print("collected:", gc.collect())
gc.enable()
