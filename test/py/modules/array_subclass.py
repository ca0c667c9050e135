# Subclasses of array.array: instance dicts, sizes, results of operations are array.array.
import array, sys
class A(array.array):
    pass
class B(array.array):
    def __init__(self, typecode, data=(), scale=1):
        self.scale = scale
class S(array.array):
    __slots__ = ('tag',)
x = A('i', [1, 2, 3])
print(x, type(x).__name__, isinstance(x, array.array), len(x))
print(sys.getsizeof(x), sys.getsizeof(A('d')), x.__sizeof__())
x.note = 'hi'
print(x.__dict__, x.note)
print(type(x + x).__name__, type(x[:2]).__name__, type(x * 2).__name__, type(x.__copy__()).__name__)
y = x
y += A('i', [4])
y *= 2
print(y is x, type(y).__name__, x)
b = B('d', [1.5], scale=3)
print(b, b.scale, sys.getsizeof(b))
s = S('b', [1, 2])
s.tag = 7
print(s, s.tag, sys.getsizeof(s))
try:
    s.other = 1
except AttributeError as e:
    print(e)
def attempt(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__ + ':', e)
attempt(lambda: A('i', x=1))
attempt(lambda: hash(x))
attempt(lambda: x.append(1.5))
print(A('i', [1]) == array.array('i', [1]), array.array('i', [1, 2]) < A('i', [1, 3]))
print(repr(A('u', 'hey')), repr(A('f')))
