class A:
    def f(self):
        return "A.f"
    @classmethod
    def cm(cls):
        return "A.cm " + cls.__name__

class B(A):
    def f(self):
        return "B.f>" + super(B, self).f()
    @classmethod
    def cm(cls):
        return "B.cm>" + super(B, cls).cm()

class C(B):
    def f(self):
        return "C.f>" + super(C, self).f()
    def skip(self):
        return super(B, self).f()

c = C()
print(c.f())
print(c.skip())
print(super(C, c).f())
print(super(B, c).f())
print(C.cm())
print(super(C, C).cm())
try:
    super(C, A())
except TypeError as e:
    print("TypeError:", e)
try:
    super(C, 5)
except TypeError as e:
    print("TypeError:", e)
