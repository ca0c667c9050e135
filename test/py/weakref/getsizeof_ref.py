import gc
import sys
import weakref


class C:
    def __call__(self):
        return 0


c = C()
r = weakref.ref(c)
rc = weakref.ref(c, lambda ref: None)
p = weakref.proxy(c)
print(sys.getsizeof(r), sys.getsizeof(rc))
print(type(p).__name__)
print(gc.is_tracked(r), gc.is_tracked(rc))
del c
print(sys.getsizeof(r))
