# index, length_hint, call, the dunder aliases and the module's names.
import operator as op
import _operator

class Idx:
    def __index__(self): return 7
class Hint:
    def __length_hint__(self): return 12
class BadHint:
    def __length_hint__(self): return 'many'
class NegHint:
    def __length_hint__(self): return -3
class NoHint:
    def __length_hint__(self): return NotImplemented
print(op.index(5), op.index(True), op.index(Idx()), op.index(10**40))
print(op.length_hint([1, 2, 3]), op.length_hint(iter('abcd')), op.length_hint(5), op.length_hint(5, 9))
print(op.length_hint(Hint()), op.length_hint(NoHint(), 4), op.length_hint(range(10)), op.length_hint(x for x in []))
print(op.call(len, 'abc'), op.call(sorted, [3, 1, 2], reverse=True), op.call(dict, a=1))
print(op.__add__ is op.add, op.__not__ is op.not_, op.__inv__ is op.inv, op.__iconcat__ is op.iconcat)
print(op.add is _operator.add, op.itemgetter is _operator.itemgetter)
print(op.__all__)
print(sorted(n for n in vars(op) if n.startswith('__') and n.endswith('__') and n not in ('__builtins__', '__cached__', '__file__', '__loader__', '__spec__', '__package__', '__name__', '__doc__')))
print(repr(op.add), repr(op.truth))
for call in [lambda: op.index(1.5), lambda: op.index('3'), lambda: op.length_hint(BadHint()),
             lambda: op.length_hint(NegHint()), lambda: op.length_hint(5, 'x'), lambda: op.length_hint(),
             lambda: op.length_hint(5, 10**30), lambda: op.call(), lambda: op.call(5)]:
    try:
        print(call())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
