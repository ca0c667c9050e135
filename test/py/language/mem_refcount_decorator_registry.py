import sys

def identity(f):
    return f

def registered(f):
    registry.append(f)
    return f
registry = []

@identity
def keep():
    pass
print("identity decorated", sys.getrefcount(keep))

@registered
def reg():
    pass
print("registered", sys.getrefcount(reg), len(registry))
registry.clear()
print("after clear", sys.getrefcount(reg))

name = "decorator_string"
def attach(f):
    f.label = name
    return f
before = sys.getrefcount(name)
@attach
def labelled():
    pass
print("label ref", sys.getrefcount(name) - before)
