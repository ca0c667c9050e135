# concat, contains, countOf, indexOf and the item functions.
import operator as op

print(op.concat([1], [2]), op.concat('a', 'b'), op.concat((1,), (2, 3)), op.concat(b'x', b'y'))
print(op.contains([1, 2], 2), op.contains('abc', 'bc'), op.contains({1: 2}, 2), op.contains(range(5), 3))
print(op.countOf([1, 2, 1, 1.0, True], 1), op.countOf('banana', 'a'), op.countOf(iter([None, None]), None))
print(op.indexOf([5, 6, 7], 7), op.indexOf('xyz', 'z'), op.indexOf(iter(range(10)), 4))
nan = float('nan')
print(op.countOf([nan, nan], nan), op.indexOf([1, nan], nan), op.contains([nan], nan))

class Seq:
    def __getitem__(self, i):
        if i < 4:
            return i * i
        raise IndexError(i)
class Both:
    def __getitem__(self, i): return i
    def __add__(self, o): return 'Both.add'
print(op.contains(Seq(), 9), op.countOf(Seq(), 4), op.indexOf(Seq(), 9), op.concat(Both(), Both()))
lst = [1, 2, 3]
print(op.getitem(lst, 0), op.getitem(lst, -1), op.getitem(lst, slice(1, None)), op.getitem({'k': 'v'}, 'k'))
print(op.setitem(lst, 1, 'two'), lst, op.delitem(lst, 0), lst, op.setitem(lst, slice(0, 1), [9, 9]), lst)
d = {}
op.setitem(d, 'a', 1)
op.delitem(d, 'a')
print(d, op.getitem('hello', slice(None, None, -1)))
for call in [lambda: op.concat(1, 2), lambda: op.concat([1], (2,)), lambda: op.concat(Both(), 1), lambda: op.contains(5, 1),
             lambda: op.countOf(5, 1), lambda: op.indexOf([1, 2], 3), lambda: op.getitem(lst, 10), lambda: op.getitem(1, 0),
             lambda: op.setitem((1,), 0, 2), lambda: op.delitem({}, 'x'), lambda: op.delitem('abc', 0)]:
    try:
        print(call())
    except (TypeError, ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
