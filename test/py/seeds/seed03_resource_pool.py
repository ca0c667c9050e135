# Seed 003 (903cbe14ab4c2ea5): "Object Pooling Implementation" (ResourcePool). The article
# lost the indentation; it is restored here, the code is otherwise as written.
class ResourcePool:
    def __init__(self, max_size=10):
        self._pool = []
        self._max_size = max_size
    def acquire(self):
        if self._pool:
            return self._pool.pop()
        return object()
    def release(self, obj):
        if len(self._pool) < self._max_size:
            self._pool.append(obj)
# --- added (not in the article): use the class so the program has output ---
import sys
pool = ResourcePool(max_size=2)
a = pool.acquire()
b = pool.acquire()
c = pool.acquire()
print(a is b, len(pool._pool), sys.getsizeof(pool._pool))
pool.release(a)
pool.release(b)
pool.release(c)
print(len(pool._pool), pool._pool[0] is a, pool._pool[1] is b, sys.getsizeof(pool._pool))
print(sys.getrefcount(a), sys.getrefcount(c))
d = pool.acquire()
print(d is b, len(pool._pool), sys.getsizeof(pool._pool))
# c was not kept by the pool: freeing it lets the next object() take its memory.
# (ids are compared, never printed: addresses differ between interpreters.)
c_id = id(c)
del c
e = pool.acquire()
f = pool.acquire()
print(e is a, id(f) == c_id)
