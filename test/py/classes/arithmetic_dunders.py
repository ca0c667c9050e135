class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y)
        if isinstance(o, int):
            return Vec(self.x + o, self.y + o)
        return NotImplemented
    def __radd__(self, o):
        print("radd", o)
        return self + o
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __pow__(self, n, mod=None):
        return Vec(pow(self.x, n, mod), pow(self.y, n, mod))
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)

v, w = Vec(3, 4), Vec(1, 2)
print(v + w, v - w, v * 2, 3 * v, -v, abs(v))
print(v + 1, 1 + v, v ** 2, pow(v, 2, 5))
print(v / 2, sum([v, w], Vec(0, 0)), sum([v, w]))
try:
    v + "s"
except TypeError as e:
    print("TypeError:", e)
try:
    v & w
except TypeError as e:
    print("TypeError:", e)
