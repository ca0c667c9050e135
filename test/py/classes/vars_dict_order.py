class Record:
    kind = "record"
    def __init__(self, z, a, m):
        self.z = z
        self.a = a
        self.m = m
    def method(self):
        pass

r = Record(1, 2, 3)
print(vars(r))
print(r.__dict__ is vars(r))
r.b = 4
del r.a
r.a = 5
print(list(vars(r)))
r.__dict__["direct"] = 6
print(r.direct)
names = [k for k in vars(Record) if not k.startswith("__")]
print(names)
print(type(Record.__dict__).__name__)
try:
    Record.__dict__["x"] = 1
except TypeError as e:
    print("TypeError:", e)
r.__dict__ = {"new": 1}
print(vars(r), hasattr(r, "z"))
try:
    r.__dict__ = 5
except TypeError as e:
    print("TypeError:", e)
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
print(vars(Record)["kind"])
