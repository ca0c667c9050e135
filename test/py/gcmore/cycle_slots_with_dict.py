import gc


class SD:
    __slots__ = ("a", "__dict__")


class Sub(SD):
    pass


gc.collect()
x = SD()
x.a = x
del x
print("slot only:", gc.collect())

x = SD()
x.extra = x
del x
print("through __dict__:", gc.collect())

x = SD()
x.a = [x]
x.extra = 1
del x
print("slot list + dict:", gc.collect())

y = Sub()
y.a = y
y.more = [y]
del y
print("subclass:", gc.collect())
