# The callable types own what they hold: sizes, GC tracking, refcounts, cycles, no leaked blocks.
import operator, sys, gc

blocks = sys.getallocatedblocks()
for i in range(100):
    operator.add(i, 1.5)
    operator.itemgetter(i)([i] * (i + 1))
    operator.methodcaller('upper')('a')
    operator.attrgetter('real', 'imag.real')(1j)
print(sys.getallocatedblocks() - blocks)
key = object()
print(sys.getrefcount(key))
g = operator.itemgetter(key)
print(sys.getrefcount(key), sys.getsizeof(g), gc.is_tracked(g))
del g
print(sys.getrefcount(key))
a = operator.attrgetter('x', 'y.z')
m = operator.methodcaller('f', key, k=key)
print(sys.getsizeof(a), sys.getsizeof(m), gc.is_tracked(a), gc.is_tracked(m), sys.getrefcount(key))
del m
print(sys.getrefcount(key))
lst = [10, 20, 30]
g3 = operator.itemgetter(0, 2)
before = sys.getrefcount(lst[0])
res = [g3(lst) for _ in range(50)]
print(sys.getrefcount(lst[0]) - before, res[0])
del res
print(sys.getrefcount(lst[0]) - before)
gc.collect()
holder = []
g2 = operator.itemgetter(holder, 1)
holder.append(g2)
del g2, holder
print(gc.collect())
