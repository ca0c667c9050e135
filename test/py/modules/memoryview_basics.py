# memoryview over bytes and bytearray: attributes, indexing, slices (views of views), hashing,
# equality, release and the bytearray export lock, sizes, weakrefs and a collected cycle
import sys, gc, weakref
print(sys.getsizeof(memoryview(b'abc')), sys.getsizeof(memoryview(bytearray(10))))
m = memoryview(b'abc'); print(repr(m)[:9], m.readonly, m.format, m.itemsize, m.ndim, m.shape, m.strides, m.nbytes, m.obj, m.c_contiguous, m.contiguous)
print(m[0], m[-1], bytes(m[1:]), m.tolist(), m.tobytes(), m.hex(), len(m), m == b'abc', hash(m) == hash(b'abc'))
print(gc.is_tracked(m), list(m), bytes(m[::2]), m[::-1].tolist(), type(iter(m)).__name__)
b = bytearray(b'xy'); mb = memoryview(b); mb[0] = 65; print(b)
try: b.append(1)
except BufferError as e: print(e)
mb2 = mb[1:]
mb.release(); 
try: b.append(1)
except BufferError as e: print("still", e)
mb2.release(); b.append(1); print(b)
try: mb[0]
except ValueError as e: print(e)
print(sys.getrefcount(b))
x = b'qq'; print(sys.getrefcount(x)); m2 = memoryview(x); print(sys.getrefcount(x)); m3 = memoryview(m2); print(sys.getrefcount(x), m3.obj is x)
with memoryview(b'z') as mm: print(mm.tobytes())
print(repr(mm)[:18])
try: memoryview(5)
except TypeError as e: print(e)
try: m[5]
except IndexError as e: print(e)
try: m[0] = 1
except TypeError as e: print(e)
w = memoryview(bytearray(3))
try: hash(w)
except ValueError as e: print(e)
w[0:2] = b'ab'; print(w.tobytes(), bytearray(w), b'ab\x00' == w)
try: w[0] = 256
except ValueError as e: print(e)
class C: pass
c = C(); c.m = memoryview(b'abc'); c.self = c
r = weakref.ref(c.m, lambda r: print("cb"))
del c
print(gc.collect())
print(r())
