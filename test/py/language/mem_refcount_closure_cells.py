import sys

class Payload:
    pass

p = Payload()
base = sys.getrefcount(p)
print("base", base - base)

def make(obj):
    def get():
        return obj
    return get

g1 = make(p)
print("one closure", sys.getrefcount(p) - base)
g2 = make(p)
print("two closures", sys.getrefcount(p) - base)
print(g1.__closure__[0].cell_contents is p, g1.__closure__[0] is g2.__closure__[0])
del g1
print("one deleted", sys.getrefcount(p) - base)

def shared():
    holder = p
    a = lambda: holder
    b = lambda: holder
    print("inside, two lambdas one cell", sys.getrefcount(p) - base)
    return a, b

fs = shared()
print("after return", sys.getrefcount(p) - base)
print(fs[0].__closure__[0] is fs[1].__closure__[0])
cell = fs[0].__closure__[0]
print("cell refcount", sys.getrefcount(cell))
del fs
print("only cell left", sys.getrefcount(p) - base, sys.getrefcount(cell))
del cell
print("all gone", sys.getrefcount(p) - base)
del g2
print("final", sys.getrefcount(p) - base)
