class Point:
    """A point."""
    dims = 2
    origin_name = "O"

    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
q = Point(3, 4)
print(p.x, p.y, q.x, q.y)
print(p.dims, q.dims, Point.dims)
Point.dims = 3
print(p.dims, q.dims)
p.dims = 99
print(p.dims, q.dims, Point.dims)
print(Point.__name__, Point.__qualname__, Point.__module__)
print(Point.__doc__)
print(type(p) is Point, type(p).__name__)
print(type(Point))
print(Point)
print(p.__class__ is Point)
print(Point.__bases__)
class Empty:
    pass
e = Empty()
e.a = 1
e.b = [1, 2]
print(e.a, e.b, Empty.__doc__)
print(sorted(e.__dict__))
