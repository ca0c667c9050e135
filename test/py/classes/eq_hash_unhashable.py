class V:
    def __init__(self, x):
        self.x = x
    def __eq__(self, other):
        return isinstance(other, V) and self.x == other.x

a, b = V(1), V(1)
print(a == b, a != b, a == V(2), a == 1)
print(V.__hash__)
try:
    hash(a)
except TypeError as e:
    print("TypeError:", e)
try:
    {a}
except TypeError as e:
    print("TypeError:", e)
try:
    d = {a: 1}
except TypeError as e:
    print("TypeError:", e)
class Plain:
    pass
print(Plain.__hash__ is object.__hash__)
p = Plain()
print(hash(p) == hash(p), p == p, p == Plain())
class Explicit:
    __hash__ = None
try:
    hash(Explicit())
except TypeError as e:
    print("TypeError:", e)
class Sub(V):
    pass
print(Sub.__hash__)
print(Sub(3) == V(3))
s = set()
s.add(V(5))
