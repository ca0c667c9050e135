calls = []
def v(label, value):
    calls.append(label)
    return value

print(v("a", 1) < v("b", 2) < v("c", 3))
print(calls)
calls.clear()
print(v("a", 1) < v("b", 0) < v("c", 3))
print(calls)
calls.clear()
print(v("a", 1) == v("b", 1) != v("c", 2) is not None)
print(calls)

x = 5
print(1 < x < 10, 1 < x > 3, 10 > x >= 5 > 4, x == 5 == 5.0)
print(1 < 2 > 1 < 2, 1 < 2 < 2, 3 > 2 > 1 > 0 > -1)
print("a" < "b" < "c", [1] < [1, 2] < [2], (1, 2) <= (1, 2) < (1, 3))
print(0 < x in [5, 6], x in [5] in [[5]], None is None is not False)
items = [3, 1, 2]
print(0 <= items.index(2) < len(items), 1 < len(items) == 3)

class Verdict:
    def __init__(self, ok):
        self.ok = ok
    def __bool__(self):
        print("  bool of", self.ok)
        return self.ok
    def __repr__(self):
        return f"Verdict({self.ok})"

class Loud:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        print(f"  {self.n} < {other.n}")
        return Verdict(self.n < other.n)
print(Loud(1) < Loud(2) < Loud(3) < Loud(0))
r = (Loud(1) < Loud(2))
print(r)
