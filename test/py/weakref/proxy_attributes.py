import weakref


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


pt = Point(3, -4)
p = weakref.proxy(pt)
print(type(p) is weakref.ProxyType, isinstance(p, Point))
print(p.x, p.y, p.norm1())
p.x = 10
print(pt.x)
del p.y
print(hasattr(pt, "y"), hasattr(p, "y"))
print(getattr(p, "missing", "default"))
print(p.__class__.__name__)
del pt
for action in (lambda: p.x, lambda: setattr(p, "x", 1), lambda: p.norm1()):
    try:
        action()
    except ReferenceError as e:
        print("ReferenceError:", e)
