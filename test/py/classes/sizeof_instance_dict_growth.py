import sys
class A:
    def __init__(self):
        self.x = 1
        self.y = 2
a = A()
print(sys.getsizeof(a.__dict__))
sizes = []
for i in range(12):
    setattr(a, "extra%d" % i, i)
    sizes.append(sys.getsizeof(a.__dict__))
print(sizes)
b = A()
d = b.__dict__
print(sys.getsizeof(d), len(d))
b.z = 3
print(sys.getsizeof(d), len(d))
del b.x
print(sys.getsizeof(d), len(d))
c = A()
c.__dict__["k"] = 1
print(sys.getsizeof(c.__dict__), sorted(c.__dict__))
class Empty:
    pass
e = Empty()
print(sys.getsizeof(e.__dict__), e.__dict__)
