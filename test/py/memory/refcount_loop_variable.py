import sys
for item in [object()]:
    print(sys.getrefcount(item))
objs = [object(), object()]
for o in objs:
    print(sys.getrefcount(o))
for i, o in enumerate(objs):
    print(i, sys.getrefcount(o))
for o in tuple(objs):
    print(sys.getrefcount(o))
def in_function(seq):
    out = []
    for x in seq:
        out.append(sys.getrefcount(x))
    return out
print(in_function(objs))
