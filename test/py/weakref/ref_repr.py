import weakref


class C:
    pass


def func():
    pass


c = C()
r = weakref.ref(c)
text = repr(r)
print(text.split(" at ")[0])
print("; to 'C' at " in text, text.endswith(">"), "(" in text)
rf = weakref.ref(func)
print(repr(rf).endswith(" (func)>"), "; to 'function' at " in repr(rf))
rc = weakref.ref(C)
print(repr(rc).endswith(" (C)>"), "; to 'type' at " in repr(rc))
p = weakref.proxy(c)
print(repr(p).split(" at ")[0], " to C at " in repr(p))
del c
print(repr(r).endswith("; dead>"), repr(r).startswith("<weakref at "))
print(str(r) == repr(r))
