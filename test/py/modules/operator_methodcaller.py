# methodcaller: stored positional and keyword arguments, repr, reduce and errors.
import operator as op

up = op.methodcaller('upper')
split2 = op.methodcaller('split', ',', 1)
kw = op.methodcaller('split', sep='-', maxsplit=1)
print(up('abc'), split2('a,b,c'), kw('x-y-z'), op.methodcaller('count', 'a')('banana'))
print(list(map(op.methodcaller('strip'), ['  a ', 'b  '])), op.methodcaller('get', 'k', 0)({'k': 5}))
print(repr(up), repr(split2), repr(kw), repr(op.methodcaller('f', 1, 'two', x=[3], y=None)))
print(up.__reduce__(), split2.__reduce__())
print(type(up), type(up).__qualname__)

class Counter:
    def __init__(self): self.n = 0
    def bump(self, by=1, *, times=1):
        self.n += by * times
        return self.n
c = Counter()
bump = op.methodcaller('bump', 2, times=3)
print(bump(c), bump(c), c.n)
for call in [lambda: op.methodcaller(), lambda: op.methodcaller(5), lambda: up(), lambda: up('a', 'b'),
             lambda: up(s='a'), lambda: op.methodcaller('nope')(1), lambda: op.methodcaller('bump', 1, 2, 3)(c),
             lambda: op.methodcaller('bump', bad=1)(c), lambda: op.methodcaller('upper', 1)('x')]:
    try:
        print(call())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
