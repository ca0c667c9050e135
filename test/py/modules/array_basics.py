# array.array basics: construction, repr, len, indexing, iteration, membership.
import array
print(array.typecodes, array.ArrayType is array.array, array.array)
for tc in array.typecodes:
    a = array.array(tc, 'abc' if tc == 'u' else [1, 2, 3])
    print(tc, a.typecode, a.itemsize, len(a), a, a.tolist())
print(array.array('i'), array.array('d'), array.array('u'), repr(array.array('b')))
a = array.array('h', [5, -6, 7, -8])
print(a[0], a[-1], a[1], a[-4], str(a))
print([x for x in a], list(a), tuple(a), sorted(a), sum(a), max(a), min(a))
print(7 in a, 9 in a, 7.0 in a, 'x' in a, -8 not in a)
print(bool(array.array('i')), bool(a), len(array.array('d', range(7))))
print(list(reversed(a)), list(enumerate(a)))
it = iter(a)
print(type(it).__name__, next(it), next(it), list(it), list(it))
print(array.array('i', (1, 2)), array.array('i', range(4)), array.array('i', (x * x for x in range(4))))
print(array.array('d', array.array('i', [1, 2])), array.array('i', array.array('i', [3])))
print(array.array('B', b'\x01\x02\xff'), array.array('b', bytearray(b'\xff\x7f')))
print(array.array('I', array.array('b', [1, 2])).tolist())
print(type(array.array('i', [1])[0]), type(array.array('d', [1])[0]), type(array.array('u', 'x')[0]))
x = array.array('i', [1, 2, 3])
x[0] = 10
x[-1] = -30
print(x, x.count(2), x.index(2))
