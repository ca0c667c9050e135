# Rich comparisons, truth testing and identity.
import operator as op

for a, b in [(1, 2), (2, 2), (3, 2), ('a', 'b'), ([1, 2], [1, 3]), ((1,), (1,)), (1, 1.0), (float('nan'), float('nan'))]:
    print(a, b, op.lt(a, b), op.le(a, b), op.eq(a, b), op.ne(a, b), op.gt(a, b), op.ge(a, b))
print(op.eq({1}, {1}), op.lt({1}, {1, 2}), op.le({1, 2}, {1}), op.ne(None, None))
for x in [0, 1, '', 'a', [], [0], None, 0.0, -0.0, {}, {0: 0}]:
    print(repr(x), op.truth(x), op.not_(x))
a = [1]
b = [1]
print(op.is_(a, a), op.is_(a, b), op.is_not(a, b), op.is_(None, None), op.is_not(a, a))

class Cmp:
    def __eq__(self, o): return 'eq!'
    def __lt__(self, o): return NotImplemented
    def __bool__(self): raise ValueError('no truth')
c = Cmp()
print(op.eq(c, 1), op.eq(1, c))
for call in [lambda: op.lt(1, 'a'), lambda: op.ge([1], 1), lambda: op.lt(c, 1), lambda: op.truth(c), lambda: op.not_(c)]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
