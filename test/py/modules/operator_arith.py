# The arithmetic and bitwise functions are the operators, slots and errors included.
import operator as op

print(op.add(1, 2), op.sub(1, 2), op.mul(3, 4), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3))
print(op.pow(2, 10), op.pow(2, -2), op.pow(2.0, 0.5), op.lshift(1, 70), op.rshift(-16, 2))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.and_({1, 2}, {2, 3}), op.or_(True, False))
print(op.neg(5), op.pos(-5), op.abs(-5.5), op.inv(5), op.invert(-1), op.neg(-0.0), op.abs(-10**30))
print(op.add('ab', 'cd'), op.mul('ab', 3), op.mul(2, [0]), op.mod('%d%%', 50), op.add((1,), (2,)))
print(op.floordiv(-7, 2), op.mod(-7, 2), op.truediv(1, 3), op.sub(0.1, 0.3), op.mul(10**20, 10**20))

class V:
    def __init__(self, x): self.x = x
    def __add__(self, o): return f'V.add({o})'
    def __radd__(self, o): return f'V.radd({o})'
    def __matmul__(self, o): return 'matmul'
    def __neg__(self): return 'neg'
    def __pow__(self, o, m=None): return f'pow({o})'
print(op.add(V(1), 2), op.add(2, V(1)), op.matmul(V(1), 3), op.neg(V(1)), op.pow(V(1), 3))
for call in [lambda: op.add(1, 'a'), lambda: op.truediv(1, 0), lambda: op.mod(1, 0), lambda: op.matmul(1, 2),
             lambda: op.neg('s'), lambda: op.pos([]), lambda: op.abs('x'), lambda: op.inv(1.5),
             lambda: op.pow('a', 2), lambda: op.lshift(1, -1), lambda: op.xor(1.0, 2), lambda: op.sub({1}, [1])]:
    try:
        print(call())
    except (TypeError, ZeroDivisionError, ValueError) as e:
        print(type(e).__name__, e)
