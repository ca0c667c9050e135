import sys
class Plain:
    pass
class WithInit:
    def __init__(self):
        self.a = 1
        self.b = 2
class Slotted:
    __slots__ = ("a",)
class Sub(Plain):
    pass
print(sys.getsizeof(Plain()), sys.getsizeof(WithInit()), sys.getsizeof(Slotted()))
print(sys.getsizeof(Plain), sys.getsizeof(WithInit), sys.getsizeof(Slotted), sys.getsizeof(Sub))
class IntSub(int):
    pass
class ListSub(list):
    pass
print(sys.getsizeof(IntSub(5)), sys.getsizeof(ListSub()), sys.getsizeof(IntSub))
class Exc(Exception):
    pass
print(sys.getsizeof(Exc()), sys.getsizeof(Exc))
class Many:
    pass
m = Many()
for i in range(10):
    setattr(m, "attr%d" % i, i)
print(sys.getsizeof(m))
print(sys.getsizeof(object()), sys.getsizeof(object))
