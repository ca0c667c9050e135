# The in-place functions mutate what can be mutated and fall back to the binary operation.
import operator as op

a = [1]
b = op.iadd(a, [2])
print(a, b, a is b)
c = op.imul(a, 2)
print(c, c is a)
s = {1, 2, 3}
print(op.isub(s, {1}), op.iand(s, {2, 5}), op.ior(s, {7}), op.ixor(s, {2}), s)
d = {1: 'a'}
print(op.ior(d, {2: 'b'}), d)
t = (1,)
t2 = op.iadd(t, (2,))
print(t, t2, t is t2)
print(op.iadd(1, 2), op.isub(5, 7), op.imul('ab', 2), op.itruediv(7, 2), op.ifloordiv(7, 2), op.imod(7, 3))
print(op.ipow(3, 4), op.ilshift(1, 10), op.irshift(1024, 3), op.iand(6, 3), op.ior(6, 3), op.ixor(6, 3))
x = [0]
print(op.iconcat(x, (1, 2)), x, op.iconcat('ab', 'cd'))

class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
    def __imatmul__(self, o): return ('imatmul', o)
acc = Acc()
print(op.iadd(acc, 5) is acc, acc.items, op.imatmul(acc, 1))
for call in [lambda: op.iadd('a', 1), lambda: op.isub(1, 'a'), lambda: op.imatmul(1, 2), lambda: op.ipow('a', 2),
             lambda: op.iconcat(1, [2]), lambda: op.itruediv(1, 0), lambda: op.iadd([1], (2,))]:
    try:
        print(call())
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
