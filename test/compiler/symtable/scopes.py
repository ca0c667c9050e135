x = 1
def f(a, b=2, *args, k, **kw):
    global x
    y = a
    def g():
        nonlocal y
        y += 1
        return y + z
    return [i for i in y]
class C:
    attr = 1
    def m(self):
        return super().m() + attr
    def n(self):
        return __class__
    __private = 2
    def p(self):
        return self.__private
def outer():
    v = 1
    class Inner:
        v = 2
        def get(self):
            return v
    return Inner
def comp_cells():
    return [lambda: i for i in range(3)]
def walrus(data):
    if any((hit := d) > 1 for d in data):
        return hit
    total = [last := e for e in data]
    return last
lam = lambda q, *r, s=1: q + s
import os.path as osp, sys
from collections import deque as dq
def gen():
    yield 1
    x = yield from range(2)
try:
    pass
except Exception as err:
    pass
def shadow():
    i = 10
    [i for i in range(3)]
    return i
def nested_comp():
    return [[j for j in range(i)] for i in range(3)]
def comp_free():
    n = 3
    return [(lambda: n) for _ in range(2)]
class K:
    items = [1, 2]
    doubled = [v * 2 for v in items]
    gen = (w for w in items)
