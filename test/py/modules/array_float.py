# 'f' (C float, rounded to float32) and 'd' (C double) items.
import array
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 7
f = array.array('f', [0.1, 1 / 3, 1e39, -1e39, 3.4028234663852886e38, 1e-46, 2**24 + 1, True, I(), F()])
print(f)
print([x == y for x, y in zip(f, [0.1, 1 / 3])], f[0] == 0.10000000149011612)
d = array.array('d', [0.1, 1 / 3, 1e308, float('inf'), -0.0, 2**53 + 1, 5, F()])
print(d, str(d[4]), d[4] == 0)
n = array.array('d', [float('nan')])
print(n, n == n, n != n, n[0] == n[0], n.count(n[0]))
print(array.array('f', [1.5]) == array.array('d', [1.5]), array.array('f', [0.1]) == array.array('d', [0.1]))
print(array.array('d', [1, 2]) < array.array('d', [1, 3]), array.array('f', [2]) > array.array('i', [1, 5]))
def attempt(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__ + ':', e)
attempt(lambda: array.array('d', ['1.5']))
attempt(lambda: array.array('f', [None]))
attempt(lambda: array.array('d', [10**400]))
attempt(lambda: array.array('f', [1j]))
attempt(lambda: array.array('d', [b'1']))
x = array.array('f', [1.0])
x[0] = 16777217
print(x[0], x.itemsize, array.array('d', [1]).itemsize)
x.append(0.5)
x.insert(0, -2.75)
print(x, sum(x), x.tolist())
