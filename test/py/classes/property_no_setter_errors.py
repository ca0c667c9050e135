class C:
    @property
    def x(self):
        return 42

    def _get_y(self):
        return 1
    y = property(_get_y)

c = C()
print(c.x, c.y)
try:
    c.x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    del c.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    c.y = 2
except AttributeError as e:
    print("AttributeError:", e)
class W:
    w = property(None)
try:
    W().w
except AttributeError as e:
    print("AttributeError:", e)
class Sub(C):
    pass
try:
    Sub().x = 5
except AttributeError as e:
    print("AttributeError:", e)
print(C.x.__class__.__name__)
c.x = 10
