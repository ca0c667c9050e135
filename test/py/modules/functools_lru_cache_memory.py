# What an lru_cache holds: references to arguments and results, entries reused on eviction,
# sizes, and cycles through the cache
import functools, sys, gc

class Obj:
    pass

@functools.lru_cache(maxsize=2)
def make(key):
    return Obj()

arg = Obj()
base = sys.getrefcount(arg)
r1 = make(arg)
print("arg held", sys.getrefcount(arg) - base, "result", sys.getrefcount(r1))
r2 = make(arg)
print(r1 is r2, sys.getrefcount(r1))
del r2
make(1); make(2)
print("evicted", sys.getrefcount(arg) - base, sys.getrefcount(r1), make.cache_info())
make.cache_clear()
print("cleared", sys.getrefcount(arg) - base)

@functools.lru_cache(maxsize=None)
def keep(a, b=None):
    return [a, b]
x = Obj()
base = sys.getrefcount(x)
keep(x)
keep(x, b=x)
print("unbounded", sys.getrefcount(x) - base, keep.cache_info().currsize)
keep.cache_clear()
print("unbounded cleared", sys.getrefcount(x) - base)

print(sys.getsizeof(make), type(make).__basicsize__, sys.getsizeof(make.cache_info()), type(make.cache_info()).__name__)
info = make.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info._fields, tuple(info), info == (0, 0, 2, 0))
print(gc.is_tracked(make), type(make).__module__, make.__wrapped__.__name__)

gc.collect()
def selfref():
    @functools.lru_cache
    def f(x):
        return f
    f(1)
selfref()
print("cycle", gc.collect())
@functools.cache
def holder(x):
    return x
holder(holder)
del holder
print("cycle via key", gc.collect())
