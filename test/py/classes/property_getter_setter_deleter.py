class Temperature:
    def __init__(self, celsius):
        self._c = celsius
    @property
    def celsius(self):
        print("get celsius")
        return self._c
    @celsius.setter
    def celsius(self, value):
        print("set celsius", value)
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value
    @celsius.deleter
    def celsius(self):
        print("del celsius")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temperature(25)
print(t.celsius)
t.celsius = 100
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
del t.celsius
print(hasattr(t, "_c"))
t.celsius = 0
print(t.fahrenheit)
p = Temperature.__dict__["celsius"]
print(type(p).__name__, p.fget.__name__, p.fset is not None, p.fdel is not None)
print(Temperature.fahrenheit.fset, Temperature.fahrenheit.fdel)
def get_x(self):
    return "x value"
class Old:
    x = property(get_x, doc="the x")
print(Old().x, Old.x.__doc__)
