class Positive(int):
    def __new__(cls, value):
        print("Positive.__new__", value)
        return super().__new__(cls, abs(value))

p = Positive(-5)
print(p, type(p).__name__, p + 1)
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    @property
    def y(self):
        return self[1]
    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"
pt = Point(3, 4)
print(pt, pt.x, pt.y, len(pt), pt == (3, 4), tuple(pt))
x, y = pt
print(x, y, pt[::-1], type(pt[::-1]).__name__)
print({pt: "origin?"}[(3, 4)])
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
    def __init__(self, s):
        print("Upper.__init__", s)
u = Upper("abc")
print(u, u.lower(), type(u).__name__)
class Rounded(float):
    def __new__(cls, v, digits=1):
        return super().__new__(cls, round(v, digits))
print(Rounded(3.14159), Rounded(3.14159, 3))
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
