# Seed 003 (903cbe14ab4c2ea5): "Object Pooling" (ObjectPool). The article lost the
# indentation; it is restored here, the code is otherwise as written.
class ObjectPool:
    def __init__(self, size):
        self._pool = [None] * size
        self._current = 0
    def get_object(self):
        if self._current < len(self._pool):
            obj = self._pool[self._current]
            self._current += 1
            return obj
        return object()
# --- added (not in the article): use the class so the program has output ---
import sys
pool = ObjectPool(3)
got = [pool.get_object() for _ in range(5)]
print(got[:3], [type(o).__name__ for o in got])
print(got[3] is got[4], pool._current, len(pool._pool))
print(sys.getsizeof(pool._pool), sys.getsizeof(got[3]), sys.getrefcount(pool), sys.getrefcount(got[3]))
