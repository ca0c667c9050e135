import sys
def make(obj):
    def get():
        return obj
    return get
o = object()
print(sys.getrefcount(o))
g1 = make(o)
print(sys.getrefcount(o))
g2 = make(o)
print(sys.getrefcount(o))
del g1
print(sys.getrefcount(o))
print(sys.getrefcount(g2), sys.getrefcount(g2.__closure__[0]))
