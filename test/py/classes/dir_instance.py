class Base:
    base_attr = 1
    def base_method(self):
        pass

class Thing(Base):
    cls_attr = 2
    def __init__(self):
        self.inst = 3
    def method(self):
        pass

t = Thing()
names = dir(t)
print(names == sorted(names))
print([n for n in names if not n.startswith("__")])
print([n for n in dir(Thing) if not n.startswith("__")])
print(dir(t))
print(len(dir(Base())))
class Slotted:
    __slots__ = ("a", "b")
print([n for n in dir(Slotted()) if not n.startswith("__")])
class Custom:
    def __dir__(self):
        return ["z", "a", "m"]
print(dir(Custom()))
