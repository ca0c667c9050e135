# Operators: + * += *= comparisons, hashing, and their errors.
import array
a = array.array('i', [1, 2, 3])
b = array.array('i', [4, 5])
print(a + b, b + a, a * 2, 2 * a, a * 0, a * -1, array.array('i') * 5)
c = a
c += b
print(c is a, a)
c *= 2
print(c is a, a, len(a))
c *= 1
print(a)
c *= -3
print(a, len(a))
e = array.array('d', [1.0])
e += e
e *= 3
print(e)
print(array.array('i', [1, 2]) == array.array('i', [1, 2]), array.array('i', [1, 2]) != array.array('i', [1, 2]))
print(array.array('i', [1, 2]) == array.array('d', [1.0, 2.0]), array.array('i', [1]) == array.array('i', [1, 2]))
print(array.array('i', [1, 2]) < array.array('i', [1, 2, 0]), array.array('i', [3]) < array.array('i', [1, 2]))
print(array.array('B', [255]) > array.array('b', [-1]), array.array('I', [2**32 - 1]) > array.array('I', [1]))
print(array.array('b', [-1]) < array.array('b', [1]), array.array('Q', [2**64 - 1]) >= array.array('Q', [2**63]))
print(array.array('i', [1, 2]) <= array.array('i', [1, 2]), array.array('i') >= array.array('i'))
print(array.array('i', [1]) == [1], array.array('i') != (), [1] == array.array('i', [1]))
def attempt(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__ + ':', e)
attempt(lambda: a + [1])
attempt(lambda: [1] + a)
attempt(lambda: a + array.array('l', [1]))
attempt(lambda: a + 1)
attempt(lambda: 1 + a)
attempt(lambda: a * 'x')
attempt(lambda: a * 1.5)
attempt(lambda: a * 2**70)
attempt(lambda: hash(a))
attempt(lambda: {a: 1})
attempt(lambda: a < 1)
attempt(lambda: a >= [1])
def iadd(x, y):
    x += y
    return x
def imul(x, y):
    x *= y
    return x
attempt(lambda: iadd(array.array('i'), [1]))
attempt(lambda: iadd(array.array('i'), array.array('d')))
attempt(lambda: imul(array.array('i', [1]), 'x'))
attempt(lambda: imul(array.array('i', [1]), 2.0))
