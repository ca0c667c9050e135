# namedtuple: a tuple subclass with named fields, the same size as a plain tuple.
import sys
from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p[-1], len(p), tuple(p), p == (1, 2))
x, y = p
print(x + y, p._fields, p._asdict(), p._replace(x=10), p)
print(Point._make([5, 6]), Point._make(range(2)), Point.__doc__, Point.__name__, Point.__module__)
print(isinstance(p, tuple), Point.__mro__, Point.__bases__)
print(sys.getsizeof(p), sys.getsizeof((1, 2)), Point.__basicsize__, Point.__itemsize__)
print(hash(p) == hash((1, 2)), {p: "ok"}[(1, 2)], sorted([Point(2, 1), Point(1, 5)]))
Color = namedtuple("Color", "red green blue", defaults=[0, 255])
print(Color(1), Color(1, 2), Color._field_defaults, Color.__new__.__defaults__)
Row = namedtuple("Row", "id, name,  value")
print(Row(1, "a", None), Row._fields)
R = namedtuple("R", ["abc", "def", "ghi", "abc", "_x"], rename=True)
print(R._fields, R(1, 2, 3, 4, 5))
One = namedtuple("One", "only")
print(One(5), One.__new__.__doc__, One._make([1]))
print(Point.x, Point.y.__doc__, Point.__match_args__)
print(p.__getnewargs__(), type(p._asdict()).__name__, Point.__new__.__qualname__, Point._make.__qualname__)
Empty = namedtuple("Empty", "")
print(Empty(), len(Empty()), Empty._fields)
class Point3(namedtuple("Point3", "x y z")):
    __slots__ = ()
    def norm1(self):
        return abs(self.x) + abs(self.y) + abs(self.z)
q = Point3(1, -2, 3)
print(q, q.norm1(), sys.getsizeof(q))
print(Point(x=[1], y=()).x, p.count(1), p.index(2))
Mod = namedtuple("Mod", "a", module="somewhere")
print(Mod.__module__, repr(Mod(1)))
