# References the iterators hold: repeat's element, cycle's saved items, chain's argument
# tuple, groupby's current key and value, count's running value
import itertools, sys

class Item:
    pass

x = Item()
base = sys.getrefcount(x)
r = itertools.repeat(x, 3)
print("repeat", sys.getrefcount(x) - base)
items = list(r)
print("repeat items", sys.getrefcount(x) - base)
del r, items
print("freed", sys.getrefcount(x) - base)

data = [Item(), Item()]
bases = [sys.getrefcount(o) for o in data]
cy = itertools.cycle(data)
print("cycle new", [sys.getrefcount(o) - b for o, b in zip(data, bases)])
next(cy)
print("cycle 1", [sys.getrefcount(o) - b for o, b in zip(data, bases)])
next(cy); next(cy)
print("cycle 3", [sys.getrefcount(o) - b for o, b in zip(data, bases)])
del cy
print("cycle freed", [sys.getrefcount(o) - b for o, b in zip(data, bases)])

lst = [1, 2]
base = sys.getrefcount(lst)
ch = itertools.chain(lst, "ab")
print("chain", sys.getrefcount(lst) - base)
next(ch)
print("chain active", sys.getrefcount(lst) - base)
list(ch)
print("chain done", sys.getrefcount(lst) - base)

k = Item()
base = sys.getrefcount(k)
gb = itertools.groupby([1, 2, 3], key=lambda v: k)
key, grp = next(gb)
print("groupby", sys.getrefcount(k) - base, key is k)
del key, grp, gb
print("groupby freed", sys.getrefcount(k) - base)

start = 10**20
base = sys.getrefcount(start)
c = itertools.count(start)
print("count", sys.getrefcount(start) - base)
first = next(c)
print(first is start, sys.getrefcount(start) - base)
