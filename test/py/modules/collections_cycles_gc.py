# Containers from collections take part in cycles the collector breaks.
import gc
from collections import deque, OrderedDict, defaultdict, Counter, namedtuple
gc.collect()
d = deque()
d.append(d)
print(d)
del d
print(gc.collect())
od = OrderedDict()
od["self"] = od
del od
print(gc.collect())
dd = defaultdict(list)
dd["me"].append(dd)
del dd
print(gc.collect())
c = Counter()
c[1] = c
del c
print(gc.collect())
dd2 = defaultdict()
dd2.default_factory = dd2.copy
del dd2
print(gc.collect())
P = namedtuple("P", "a b")
p = P([], 1)
p.a.append(p)
del p
print(gc.collect())
print(gc.is_tracked(deque()), gc.is_tracked(OrderedDict()), gc.is_tracked(defaultdict()))
