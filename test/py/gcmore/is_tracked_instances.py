import gc


class Plain:
    pass


class Slots:
    __slots__ = ("a",)


class Empty:
    __slots__ = ()


class I(int): pass
class S(str): pass
class F(float): pass
class T(tuple): pass
class E(Exception): pass


for obj in (Plain(), Slots(), Empty(), I(5), S("s"), F(1.5), T((1,)), E()):
    print(type(obj).__name__, gc.is_tracked(obj))
t = T((1, 2))
gc.collect()
print("tuple subclass after collect:", gc.is_tracked(t))
p = Plain()
p.x = 1
print("instance with atomic attribute:", gc.is_tracked(p))
