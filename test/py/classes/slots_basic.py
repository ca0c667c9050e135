class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
p = P(1)
print(p.x)
try:
    print(p.y)
except AttributeError as e:
    print("AttributeError:", e)
p.y = 2
print(p.x, p.y)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "__dict__"))
del p.y
try:
    del p.y
except AttributeError as e:
    print("AttributeError:", e)
print(type(P.__dict__["x"]).__name__)
print(P.__slots__)
class Q(P):
    pass
q = Q(5)
q.z = 6
print(q.x, q.z, q.__dict__)
class R(P):
    __slots__ = ("r",)
r = R(7)
r.r = 8
print(r.x, r.r, hasattr(r, "__dict__"))
class S:
    __slots__ = "only"
s = S()
s.only = "one"
print(s.only, S.__slots__)
