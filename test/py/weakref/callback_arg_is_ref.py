import weakref


class C:
    pass


seen = []


def callback(ref):
    seen.append(ref is r)
    seen.append(ref() is None)
    seen.append(type(ref).__name__)


c = C()
r = weakref.ref(c, callback)
print(r.__callback__ is callback)
print("before del:", seen)
del c
print("after del:", seen)
print(r(), r.__callback__)
