class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print(f"{type(self).__name__}.__add__")
        return type(self)(self.v + o.v)
    def __radd__(self, o):
        print(f"{type(self).__name__}.__radd__ (Num)")
        return type(self)(o.v + self.v)
    def __repr__(self):
        return f"{type(self).__name__}({self.v})"
class Sub(Num):
    def __radd__(self, o):
        print("Sub.__radd__")
        return Sub(o.v + self.v + 100)
class Same(Num):
    pass
print(Num(1) + Sub(2))
print(Sub(2) + Num(1))
print(Num(1) + Same(2))
print(Num(1) + Num(2))
class Other:
    def __init__(self, v):
        self.v = v
    def __radd__(self, o):
        print("Other.__radd__")
        return o.v * 1000 + self.v
class NoAdd:
    def __radd__(self, o):
        print("NoAdd.__radd__")
        return "noadd"
print(Num(1) + Other(2))
print(5 + NoAdd(), [1] + NoAdd())
class Declines(Num):
    def __radd__(self, o):
        print("Declines.__radd__")
        return NotImplemented
print(Num(1) + Declines(2))
