import sys
k = (1, int("2"))
v = [1]
d = {k: v}
print(sys.getrefcount(k), sys.getrefcount(v))
d[k] = v
print(sys.getrefcount(k), sys.getrefcount(v))
d2 = dict(d)
print(sys.getrefcount(k), sys.getrefcount(v))
items = list(d.items())
print(sys.getrefcount(k), sys.getrefcount(v))
del d2, items
print(sys.getrefcount(k), sys.getrefcount(v))
d.pop(k)
print(sys.getrefcount(k), sys.getrefcount(v))
