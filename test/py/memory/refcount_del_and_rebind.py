import sys
a = [1, 2, 3]
b = a
c = a
print(sys.getrefcount(a))
b = None
print(sys.getrefcount(a))
del c
print(sys.getrefcount(a))
a = "rebound"
print(sys.getrefcount(b), b)
x = []
y = [x]
z = [y]
print(sys.getrefcount(x), sys.getrefcount(y), sys.getrefcount(z))
del y
print(sys.getrefcount(x), sys.getrefcount(z[0]))
