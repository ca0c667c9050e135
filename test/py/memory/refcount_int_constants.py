import sys
print(sys.getrefcount(257))
a = 1000
print(sys.getrefcount(a))
b = 1000
print(sys.getrefcount(a))
def f():
    return 1000
print(sys.getrefcount(f()))
c = int("1000")
print(sys.getrefcount(c))
x = 3.25
print(sys.getrefcount(x))
