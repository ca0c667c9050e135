import sys
a = object()
def arg(o):
    return sys.getrefcount(o)
def two(p, q):
    return sys.getrefcount(p)
def kw(*, o):
    return sys.getrefcount(o)
def star(*args):
    return sys.getrefcount(args[0])
def stash(o):
    keep = o
    return sys.getrefcount(o)
print(arg(a), two(a, a), kw(o=a), star(a), stash(a))
print(arg(object()), two(object(), a))
def nested(o):
    return arg(o)
print(nested(a))
print(sys.getrefcount(a))
