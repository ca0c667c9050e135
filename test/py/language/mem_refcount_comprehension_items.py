import sys

class Item:
    pass

x = Item()
base = sys.getrefcount(x)
lst = [x for _ in range(5)]
print("list comp", sys.getrefcount(x) - base)
st = {x for _ in range(5)}
print("set comp", sys.getrefcount(x) - base)
dc = {i: x for i in range(3)}
print("dict comp", sys.getrefcount(x) - base)
del lst, st, dc
print("after del", sys.getrefcount(x) - base)

g = (x for _ in range(2))
print("genexp not started", sys.getrefcount(x) - base)
first = next(g)
print("genexp after next", sys.getrefcount(x) - base)
del first
rest = list(g)
print("genexp exhausted", sys.getrefcount(x) - base)
del rest, g
print("all gone", sys.getrefcount(x) - base)

def inside():
    local = x
    r = [local for _ in range(2)]
    return sys.getrefcount(x) - base
print("inside function", inside())
print("after function", sys.getrefcount(x) - base)
items = [Item() for _ in range(3)]
print([sys.getrefcount(i) for i in items])
print(sys.getrefcount(items))
