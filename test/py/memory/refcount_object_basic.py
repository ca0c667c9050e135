import sys
a = object()
print(sys.getrefcount(a))
b = a
print(sys.getrefcount(a))
L = [a]
print(sys.getrefcount(a))
t = (a, a)
print(sys.getrefcount(a))
d = {"k": a}
print(sys.getrefcount(a))
del b
print(sys.getrefcount(a))
L.pop()
print(sys.getrefcount(a))
t = None
d.clear()
print(sys.getrefcount(a))
