# Which overridden methods OrderedDict's own methods call on a subclass (setdefault,
# copy, update, |, fromkeys go through them; pop and popitem do not), and what a
# dict.__setitem__ that bypasses the linked list leaves behind.
import sys
from collections import OrderedDict
class Loud(OrderedDict):
    def __getitem__(self, k):
        print("  get", k)
        return super().__getitem__(k)
    def __setitem__(self, k, v):
        print("  set", k)
        super().__setitem__(k, v)
    def __contains__(self, k):
        print("  contains", k)
        return super().__contains__(k)
    def __delitem__(self, k):
        print("  del", k)
        super().__delitem__(k)
    def keys(self):
        print("  keys")
        return super().keys()
l = Loud(a=1, b=2)
print("setdefault", l.setdefault("c", 3), l.setdefault("a", 9))
print("pop", l.pop("a"), "popitem", l.popitem())
c = l.copy()
text = repr(c)
print("copy", text)
print("repr", repr(l))
l.update({"x": 1}, y=2)
u = l | {"z": 0}
text = repr(u)
print("or", text)
f = Loud.fromkeys("pq", 0)
text = repr(f)
print("fromkeys", text)
print("dict", dict(l), OrderedDict(l))
od = OrderedDict(a=1, b=2, c=3)
dict.__setitem__(od, "d", 4)
print(list(od), len(od), od, sys.getsizeof(od))
