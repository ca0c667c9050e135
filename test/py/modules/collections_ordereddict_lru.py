# The LRU-cache pattern: an OrderedDict subclass that overrides __getitem__/__setitem__
# and calls the base methods through super().
import sys
from collections import OrderedDict
class LRU(OrderedDict):
    def __init__(self, maxsize=3, /, *args, **kwds):
        self.maxsize = maxsize
        super().__init__(*args, **kwds)
    def __getitem__(self, key):
        value = super().__getitem__(key)
        self.move_to_end(key)
        return value
    def __setitem__(self, key, value):
        if key in self:
            self.move_to_end(key)
        super().__setitem__(key, value)
        if len(self) > self.maxsize:
            oldest = next(iter(self))
            del self[oldest]
cache = LRU(3)
for k in "abcd":
    cache[k] = k.upper()
print(cache, len(cache))
cache["b"]
cache["e"] = "E"
print(cache, list(cache))
print(cache.get("c"), "a" in cache, cache.maxsize, cache.__dict__)
print(sys.getsizeof(cache), sys.getsizeof(OrderedDict(a=1, b=2, c=3)))
print(cache == LRU(3, [("d", "D"), ("b", "B"), ("e", "E")]), cache.popitem(last=False), cache)
# copy() calls LRU() (maxsize 3) and reads each key through the overridden __getitem__
c2 = cache.copy()
print(c2, c2.maxsize, cache)
