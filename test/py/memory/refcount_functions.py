import sys
def f():
    pass
print(sys.getrefcount(f))
g = f
print(sys.getrefcount(f))
fs = [f, f]
print(sys.getrefcount(f))
lam = lambda: 0
print(sys.getrefcount(lam))
def outer():
    def inner():
        pass
    return sys.getrefcount(inner)
print(outer())
