class A:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("A.__eq__")
        return NotImplemented
    def __lt__(self, other):
        print("A.__lt__")
        if isinstance(other, A):
            return self.v < other.v
        return NotImplemented
class B:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        print("B.__gt__")
        return self.v > other.v
    def __eq__(self, other):
        print("B.__eq__")
        return self.v == other.v
print(A(1) < A(2))
print(A(1) < B(0))
print(A(1) == B(1))
print(A(1) == A(1))
x = A(3)
print(x == x, x != A(3))
try:
    A(1) < 5
except TypeError as e:
    print("TypeError:", e)
try:
    A(1) >= A(2)
except TypeError as e:
    print("TypeError:", e)
class SubB(B):
    def __lt__(self, other):
        print("SubB.__lt__")
        return True
print(B(1) > SubB(5))
print(SubB(1) < B(5))
