import weakref


class Vec:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __add__(self, other):
        return Vec(*(self.items + list(other)))
    def __eq__(self, other):
        return list(self) == list(other)
    def __call__(self, k):
        return [x * k for x in self.items]
    def __str__(self):
        return "Vec" + str(self.items)


v = Vec(1, 2, 3)
p = weakref.proxy(v)
print(type(p) is weakref.CallableProxyType, weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))
print(len(p), p[0], p[-1], list(p), bool(p))
print((p + [4]).items, p == Vec(1, 2, 3), 2 in p)
print(p(10), str(p))
pf = weakref.proxy(len)
print(type(pf).__name__, pf("four"))
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
del v
for action in (lambda: len(p), lambda: p(1), lambda: p + [1], lambda: str(p)):
    try:
        action()
    except ReferenceError as e:
        print("ReferenceError:", e)
