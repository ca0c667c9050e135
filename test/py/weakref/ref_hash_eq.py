import weakref


class C:
    pass


class H:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return 42

    def __eq__(self, other):
        return isinstance(other, H) and self.v == other.v


c = C()
r1 = weakref.ref(c)
r2 = weakref.ref(c, lambda ref: None)
print(hash(r1) == hash(c), hash(r2) == hash(c))
print(r1 == r2, r1 != r2)
h1, h2, h3 = H(1), H(1), H(2)
a, b, x = weakref.ref(h1), weakref.ref(h2), weakref.ref(h3)
print(hash(a), a == b, a == x, a == h1)
table = {a: "first"}
print(table[b])
print(weakref.ref(h1) in {a})
