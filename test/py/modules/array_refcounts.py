# References and objects: iterators own their array until exhausted, arrays are
# GC-tracked, weakly referenceable, and own no Python objects.
import array, sys, gc, weakref
a = array.array('i', [1, 2, 3])
print(sys.getrefcount(a), gc.is_tracked(a), gc.get_referents(a))
it = iter(a)
print(sys.getrefcount(a), sys.getsizeof(it), gc.is_tracked(it), gc.get_referents(it)[0] is a)
print(list(it), sys.getrefcount(a), gc.get_referents(it))
it2 = iter(a)
next(it2)
del it2
print(sys.getrefcount(a))
r = weakref.ref(a)
print(r() is a, weakref.getweakrefcount(a))
del a
print(r())
big = 10**19
b = array.array('Q', [big, big])
print(sys.getrefcount(big), b[0] == big, b[0] is b[1])
x = 12345678
c = array.array('l', [x])
print(c[0] is c[0], c.tolist()[0] == x)
d = array.array('d', [1.5])
print(d[0] is d[0])
s = array.array('u', 'q')
print(s[0] is s[0], s[0] is s.tounicode())
seen = gc.get_referrers(array.array)
print(len([o for o in seen if isinstance(o, array.array)]))
e = array.array('i', range(5))
f = e[:]
print(e == f, e is f, sys.getrefcount(e), sys.getrefcount(f))
