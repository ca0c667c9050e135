class Counter:
    def __init__(self, start):
        self.n = start

    def inc(self, by=1):
        self.n += by
        return self.n

c = Counter(0)
m = c.inc
print(m())
print(m(5))
print(Counter.inc(c, 10))
print(c.inc == c.inc)
print(c.inc is c.inc)
d = Counter(0)
print(c.inc == d.inc)
print(m.__self__ is c)
print(m.__func__ is Counter.inc)
print(m.__name__, m.__qualname__)
print(type(m).__name__, type(Counter.inc).__name__)
methods = [c.inc, d.inc, c.inc]
for f in methods:
    f()
print(c.n, d.n)
print(Counter.inc.__name__)
e = Counter(100)
e.inc = lambda: "instance attr"
print(e.inc())
print(Counter.inc(e))
def free(self):
    return self.n * 2
Counter.double = free
print(c.double(), d.double())
print(hash(c.inc) == hash(c.inc))
