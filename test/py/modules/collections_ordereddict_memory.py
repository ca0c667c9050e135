# OrderedDict sizes: a 112-byte dict (+16 GC) + its key table, an 8-byte "fast nodes"
# slot per table slot, and a 32-byte node per key; refcounts of the keys it holds.
import sys
from collections import OrderedDict
print(sys.getsizeof(OrderedDict()), OrderedDict.__basicsize__)
od = OrderedDict()
for i in range(24):
    od[i] = i
    print(i, sys.getsizeof(od))
del od[3]
print(sys.getsizeof(od))
od.move_to_end(5)
print(sys.getsizeof(od), od.__sizeof__())
od.clear()
print(sys.getsizeof(od))
s = OrderedDict.fromkeys("abcdef")
print(sys.getsizeof(s))
key = "a key"
base = sys.getrefcount(key)
o = OrderedDict()
o[key] = 1
print(sys.getrefcount(key) - base)
o.move_to_end(key)
print(sys.getrefcount(key) - base)
o2 = o.copy()
print(sys.getrefcount(key) - base)
o.popitem()
print(sys.getrefcount(key) - base)
del o2
print(sys.getrefcount(key) - base)
class Sub(OrderedDict):
    pass
print(sys.getsizeof(Sub()), Sub.__basicsize__)
x = OrderedDict(a=1)
x.attr = 5
print(x.__dict__, x.attr)
