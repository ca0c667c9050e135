# TypeErrors and ValueErrors: wrong item types, bad typecodes and initializers,
# wrong argument counts, as CPython 3.12 words them.
import array
class Idx:
    def __index__(self):
        return 42
class Flt:
    def __float__(self):
        return 1.25
def attempt(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__ + ':', e)
a = array.array('i', [1, 2, 3])
for v in [1.5, 'x', None, b'a', [1], Idx(), Flt(), True]:
    attempt(lambda: (a.append(v), a.pop())[1])
attempt(lambda: array.array('d', [1, 'x']))
attempt(lambda: array.array('f', [None]))
attempt(lambda: array.array('d', [Idx(), Flt(), 3]))
attempt(lambda: array.array('u', ['ab']))
attempt(lambda: array.array('u', [1]))
attempt(lambda: array.array())
attempt(lambda: array.array('i', [], 1))
attempt(lambda: array.array('x'))
attempt(lambda: array.array('ii'))
attempt(lambda: array.array(''))
attempt(lambda: array.array(105))
attempt(lambda: array.array('i', 'abc'))
attempt(lambda: array.array('i', array.array('u', 'ab')))
attempt(lambda: array.array('i', 5))
attempt(lambda: array.array('i', typecode='i'))
attempt(lambda: array.array(typecode='i'))
attempt(lambda: array.array('i', b'abcde'))
attempt(lambda: a.append())
attempt(lambda: a.append(1, 2))
attempt(lambda: a.append(v=1))
attempt(lambda: a.tolist(1))
attempt(lambda: a.pop(1, 2))
attempt(lambda: a.pop('x'))
attempt(lambda: a.pop(2**64))
attempt(lambda: a.insert(1))
attempt(lambda: a.insert('0', 1))
attempt(lambda: a.index())
attempt(lambda: a.index(1, None))
attempt(lambda: a.index(1, 0, 3, 4))
attempt(lambda: a.extend())
attempt(lambda: a.extend([1], [2]))
attempt(lambda: a.extend(bb=[1]))
attempt(lambda: a.extend(5))
attempt(lambda: a.fromlist((1, 2)))
attempt(lambda: a.count())
attempt(lambda: a.byteswap(1))
attempt(lambda: a.typecode.upper())
print(a)
