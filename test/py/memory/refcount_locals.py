import sys
def local_obj():
    v = object()
    return sys.getrefcount(v)
def local_two():
    v = object()
    w = v
    return sys.getrefcount(v)
def local_list():
    v = []
    holder = [v, v, v]
    return sys.getrefcount(v)
def after_del():
    v = object()
    w = v
    del w
    return sys.getrefcount(v)
print(local_obj(), local_two(), local_list(), after_del())
