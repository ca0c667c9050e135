# partial objects in memory: size, what they reference, weak references and cycles
import functools, sys, gc, weakref

def f(*a, **k):
    return a, k

p = functools.partial(f, 1, 2, key="v")
print(sys.getsizeof(p), p.__sizeof__(), type(p).__basicsize__, type(p).__name__, type(p).__module__)
print(gc.is_tracked(p), [type(o).__name__ for o in gc.get_referents(p)])

arg = object()
base = sys.getrefcount(arg)
p1 = functools.partial(f, arg)
print(sys.getrefcount(arg) - base)
p2 = functools.partial(p1, arg)
print(sys.getrefcount(arg) - base, p2.args == (arg, arg))
del p1, p2
print(sys.getrefcount(arg) - base)

base = sys.getrefcount(f)
ps = [functools.partial(f) for _ in range(3)]
print(sys.getrefcount(f) - base)
del ps
print(sys.getrefcount(f) - base)

r = weakref.ref(p)
print(r() is p)
del p
print(r())

gc.collect()
class Holder:
    pass
h = Holder()
h.p = functools.partial(f, h)
del h
print(gc.collect())
p = functools.partial(f)
p.self = p
del p
print(gc.collect())
