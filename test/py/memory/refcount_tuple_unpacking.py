import sys
a = object()
b = object()
pair = (a, b)
print(sys.getrefcount(a))
x, y = pair
print(sys.getrefcount(a))
del pair
print(sys.getrefcount(a))
first, *rest = [a, b, b]
print(sys.getrefcount(a), sys.getrefcount(b))
x = y = first = rest = None
print(sys.getrefcount(a), sys.getrefcount(b))
