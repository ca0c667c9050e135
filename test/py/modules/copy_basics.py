import copy, sys
class C: pass
c = C(); c.a = 1; c.l = [1, 2]
print(c.__getstate__(), C().__getstate__())
d = copy.copy(c); print(d.a, d.l is c.l, type(d).__name__, sys.getsizeof(d.__dict__))
e = copy.deepcopy(c); print(e.a, e.l is c.l, e.l == c.l)
class S:
    __slots__ = ('x', 'y')
s = S(); s.x = 1; print(s.__getstate__())
t = copy.copy(s); print(t.x, hasattr(t, 'y'))
x = [1, [2, 3]]; y = copy.deepcopy(x); print(y[1] is x[1], y)
r = C(); r.me = r; f = copy.deepcopy(r); print(f.me is f)
class P:
    def __init__(self, v): self.v = v
    def __copy__(self): return P(self.v + 1)
    def __deepcopy__(self, memo): return P(self.v + 100)
print(copy.copy(P(1)).v, copy.deepcopy(P(1)).v, copy.deepcopy([P(1)])[0].v)
class L(list): pass
l = L([1, 2]); l.tag = 't'; m = copy.copy(l); print(type(m).__name__, m, m.tag)
print(copy.copy({1: [2]}), copy.deepcopy({"k": {1, 2}}))
print(copy.Error, copy.error is copy.Error)
