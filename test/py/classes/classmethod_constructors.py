class Date:
    created = 0

    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        type(self).created += 1

    @classmethod
    def from_string(cls, s):
        y, m, d = s.split("-")
        return cls(int(y), int(m), int(d))

    @classmethod
    def kind(cls):
        return cls.__name__

    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"

class NiceDate(Date):
    created = 0

d = Date.from_string("2024-01-15")
n = NiceDate.from_string("1999-12-31")
print(d, n)
print(Date.kind(), NiceDate.kind(), n.kind())
print(Date.created, NiceDate.created)
m = NiceDate.from_string
print(m.__self__ is NiceDate, m.__func__ is Date.from_string.__func__)
print(type(Date.__dict__["kind"]).__name__)
print(Date.__dict__["kind"].__func__.__name__)
print(d.from_string("2000-02-02"))
