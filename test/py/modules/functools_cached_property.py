# cached_property: computed once, stored in the instance __dict__, and its errors
import functools

class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0
    @functools.cached_property
    def area(self):
        "The area."
        self.computed += 1
        return 3 * self.r * self.r

c = Circle(2)
print(c.area, c.area, c.computed, c.__dict__)
c.area = 100
print(c.area, c.computed)
del c.area
print(c.area, c.computed)
print(type(Circle.__dict__["area"]).__name__, Circle.area.attrname, Circle.area.__doc__)
print(Circle.area.func.__name__, Circle.__dict__["area"] is Circle.area)

class Slotted:
    __slots__ = ("x",)
    @functools.cached_property
    def y(self):
        return 1
try:
    Slotted().y
except TypeError as e:
    print("TypeError:", e)

cp = functools.cached_property(lambda self: 5)
class Twice:
    a = cp
try:
    class Twice2:
        a = cp
        b = cp
except (TypeError, RuntimeError) as e:
    print(type(e).__name__ + ":", e)
loose = functools.cached_property(lambda self: 5)
class Holder:
    pass
try:
    loose.__get__(Holder(), Holder)
except TypeError as e:
    print("TypeError:", e)

class Sub(Circle):
    pass
s = Sub(3)
print(s.area, s.area, s.computed)
