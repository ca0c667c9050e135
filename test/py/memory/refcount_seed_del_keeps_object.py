import sys
x = [1, 2, 3]
y = x
print(sys.getrefcount(y))
del x
print(sys.getrefcount(y), y)
a = [1, 2, 3]
b = a
del a
print(sys.getrefcount(b), b)
