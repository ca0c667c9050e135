import sys
def defining():
    v = object()
    def reader():
        return v
    return sys.getrefcount(v)
def from_inner():
    v = object()
    def reader():
        return sys.getrefcount(v)
    return reader()
def closure_keeps():
    v = object()
    def reader():
        return v
    return reader
print(defining(), from_inner())
r = closure_keeps()
obj = r()
print(sys.getrefcount(obj))
cell = r.__closure__[0]
print(sys.getrefcount(cell))
