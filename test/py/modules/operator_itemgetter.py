# itemgetter: one item or a tuple of them, its repr, reduce, and the call checks.
import operator as op

g1 = op.itemgetter(1)
g3 = op.itemgetter(2, 0, -1)
print(g1([10, 20, 30]), g1('xyz'), g1((7, 8)), g1({1: 'one'}), g3('abcdef'), g3([1, 2, 3]))
print(op.itemgetter(slice(1, 3))('abcdef'), op.itemgetter('k', 'j')({'j': 1, 'k': 2}), op.itemgetter(-1)((1, 2, 3)))
print(op.itemgetter(10**30)({10**30: 'big'}), op.itemgetter(True)([5, 6]), op.itemgetter((1, 2))({(1, 2): 'tup'}))
pairs = [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'z')]
print(sorted(pairs, key=op.itemgetter(1)), sorted(pairs, key=op.itemgetter(0, 1), reverse=True))
print(list(map(op.itemgetter(0), pairs)), max(pairs, key=op.itemgetter(1)))
print(repr(g1), repr(g3), repr(op.itemgetter('a')), repr(op.itemgetter((1, 2))), repr(op.itemgetter(None)))
print(repr(op.itemgetter(slice(1, 2))), g1.__reduce__(), g3.__reduce__())
print(type(g1), type(g1).__name__, type(g1).__module__, type(g1).__qualname__)
print(callable(g1), isinstance(g1, op.itemgetter))
for call in [lambda: op.itemgetter(), lambda: op.itemgetter(1, k=2), lambda: g1(), lambda: g1([1, 2], [3]),
             lambda: g1(obj=[1, 2]), lambda: g1([1]), lambda: g1(5), lambda: g3('ab'), lambda: op.itemgetter('k')({}),
             lambda: op.itemgetter(5)((1, 2))]:
    try:
        print(call())
    except (TypeError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
try:
    class Sub(op.itemgetter):
        pass
except TypeError as e:
    print(e)
