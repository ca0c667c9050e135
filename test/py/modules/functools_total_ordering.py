# total_ordering: the missing comparisons derived from __lt__, __le__, __gt__ or __ge__
import functools

@functools.total_ordering
class Version:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.n == other.n
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.n < other.n
    def __repr__(self):
        return f"V{self.n}"

a, b = Version(1), Version(2)
print(a < b, a <= b, a > b, a >= b, a == Version(1), a <= Version(1), b >= a)
print(sorted([Version(3), a, b]), max(a, b), min([b, a]))
print(Version.__gt__.__name__, Version.__le__.__name__, Version.__ge__.__doc__)
print(Version.__lt__.__name__)
try:
    a < 5
except TypeError as e:
    print("TypeError:", e)

for root in ["__le__", "__gt__", "__ge__"]:
    ns = {"__init__": lambda self, n: setattr(self, "n", n),
          "__eq__": lambda self, o: self.n == o.n,
          root: (lambda op: lambda self, o: op(self.n, o.n))({"__le__": int.__le__, "__gt__": int.__gt__, "__ge__": int.__ge__}[root])}
    C = functools.total_ordering(type("C" + root.strip("_"), (), ns))
    x, y = C(1), C(2)
    print(C.__name__, x < y, x <= y, x > y, x >= y, y < x, y >= y)

try:
    functools.total_ordering(type("Empty", (), {}))
except ValueError as e:
    print("ValueError:", e)
