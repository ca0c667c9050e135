# Argument-count and keyword errors of _operator's functions; an uncaught one at the end.
import operator

calls = [
    lambda: operator.neg(), lambda: operator.neg(1, 2), lambda: operator.neg(x=1), lambda: operator.truth(),
    lambda: operator.add(1), lambda: operator.add(1, 2, 3), lambda: operator.add(a=1, b=2), lambda: operator.setitem([], 0),
    lambda: operator.getitem([]), lambda: operator.contains([]), lambda: operator.length_hint(1, 2, 3),
    lambda: operator.is_(1), lambda: operator.not_(), lambda: operator.index(), lambda: operator.iadd(1),
]
for c in calls:
    try:
        c()
    except TypeError as e:
        print(e)
print(operator.itemgetter(0)('x'))
operator.attrgetter('missing')(object())
