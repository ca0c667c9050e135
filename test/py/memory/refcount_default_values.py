import sys
sentinel = object()
print(sys.getrefcount(sentinel))
def f(x=sentinel):
    return x
print(sys.getrefcount(sentinel))
def g(x=sentinel, y=sentinel):
    return x
print(sys.getrefcount(sentinel))
del f
print(sys.getrefcount(sentinel))
r = g()
print(sys.getrefcount(sentinel))
