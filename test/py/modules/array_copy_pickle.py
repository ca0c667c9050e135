# copy.copy / copy.deepcopy and the pickling protocol (__reduce_ex__, _array_reconstructor).
import array, copy, sys
a = array.array('h', [1, -2, 3])
c = copy.copy(a)
d = copy.deepcopy(a)
print(c, d, c is a, d is a, c == a, sys.getsizeof(c))
print(a.__copy__(), a.__deepcopy__({}))
print(a.__reduce_ex__(2))
print(a.__reduce_ex__(3)[1:], a.__reduce_ex__(4)[0] is array._array_reconstructor)
print(array.array('d', [0.5]).__reduce_ex__(3)[1])
print(array.array('u', 'hi').__reduce_ex__(5)[1], array.array('B', b'xy').__reduce_ex__(3)[1])
f, args, state = a.__reduce_ex__(3)
print(f(*args), state)
class A(array.array):
    pass
x = A('i', [5])
x.attr = 1
print(x.__reduce_ex__(1), x.__reduce_ex__(3)[2])
R = array._array_reconstructor
print(R(array.array, 'i', 8, b'\x01\x00\x00\x00'))
print(R(array.array, 'i', 9, b'\x00\x00\x00\x01'))
print(R(A, 'l', 13, b'\xff' * 8), R(array.array, 'H', 3, b'\x01\x02'), R(array.array, 'b', 0, b'\xff'))
print(R(array.array, 'd', 17, b'\x3f\xf8\x00\x00\x00\x00\x00\x00'), R(array.array, 'f', 15, b'\x3f\x80\x00\x00'))
print(R(array.array, 'u', 19, b'\x00h\x00i'), R(array.array, 'u', 21, b'\x00\x00\x00h\x00\x00\x00i'))
def attempt(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__ + ':', e)
attempt(lambda: a.__reduce_ex__())
attempt(lambda: a.__reduce_ex__('3'))
attempt(lambda: R(int, 'i', 8, b''))
attempt(lambda: R(1, 'i', 8, b''))
attempt(lambda: R(array.array, 'x', 8, b''))
attempt(lambda: R(array.array, 'ii', 8, b''))
attempt(lambda: R(array.array, 'i', 22, b''))
attempt(lambda: R(array.array, 'i', 8, bytearray()))
attempt(lambda: R(array.array, 'i', 9, b'abc'))
attempt(lambda: R(array.array, 'i'))
attempt(lambda: R(array.array, 'u', 18, b'ab'))
attempt(lambda: len(R(array.array, 'u', 20, b'abcd')))
attempt(lambda: R(array.array, 'u', 20, b'abcd').tounicode())
it = iter(array.array('i', [7, 8]))
next(it)
print(it.__reduce__())
it.__setstate__(0)
print(list(it), it.__reduce__())
