import sys
a = [1, 2, 3]
print(sys.getrefcount(a))
b = a
print(sys.getrefcount(a))
c = a
print(sys.getrefcount(a))
d = b
print(sys.getrefcount(a))
a = None
print(sys.getrefcount(d))
b = None
print(sys.getrefcount(d))
c = None
print(sys.getrefcount(d), d)
