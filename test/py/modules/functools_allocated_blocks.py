# Blocks functools objects cost: partial objects and their calls, cache entries of
# lru_cache (one 56-byte link per entry, reused once the cache is full), cmp_to_key
import functools, sys, gc

gc.disable()

g = sys.getallocatedblocks
held = []

def drain():
    # empty the list, dict and small tuple free lists, whatever import left there
    n = len(held)
    held.append([[] for i in range(100)])
    held.append([{} for i in range(100)])
    for size in range(1, 7):
        held.append([(i, n, 0, 0, 0, 0, 0)[:size] for i in range(400)])

def cost(label, make):
    drain()
    before = g()
    obj = make()
    after = g()
    print(label, after - before - 1)
    held.append(obj)

def f(*args, **kwargs):
    return len(args)

cost("partial(f)", lambda: functools.partial(f))
cost("partial(f, 1, 2)", lambda: functools.partial(f, 1, 2))
cost("partial(f, 1, k=2)", lambda: functools.partial(f, 1, k=2))
p = functools.partial(f, 1)
cost("call p(2)", lambda: p(2))
pk = functools.partial(f, 1, k=2)
cost("call pk(2)", lambda: pk(2))
cost("call pk(2, z=3)", lambda: pk(2, z=3))
cost("cmp_to_key", lambda: functools.cmp_to_key(f))
K = functools.cmp_to_key(f)
cost("K(1)", lambda: K(1))
cost("lru wrapper", lambda: functools._lru_cache_wrapper(f, 2, False, tuple))

@functools.lru_cache(maxsize=2)
def square(x):
    return x * x
cost("miss 1000", lambda: square(1000))
cost("hit 1000", lambda: square(1000))
cost("miss 2000", lambda: square(2000))
cost("miss 3000 (evicts)", lambda: square(3000))
cost("miss 4000", lambda: square(4000))
drain()
before = g()
square.cache_clear()
print("cache_clear", g() - before - 1)

@functools.cache
def pair(a, b):
    return a
cost("unbounded miss", lambda: pair(1, 2))
cost("unbounded hit", lambda: pair(1, 2))
cost("reduce", lambda: functools.reduce(f, [1, 2, 3]))
