# Subscripts: indexes, slices and extended slices; assignment and deletion.
import array
a = array.array('i', range(10))
print(a[2:5], a[:3], a[7:], a[::3], a[::-1], a[-3:], a[8:2:-2], a[5:5], a[100:], a[-100:2])
print(type(a[1:2]), a[1:2].typecode, a[::-1].tolist())
b = array.array('i', range(10))
b[2:5] = array.array('i', [20, 30, 40])
print(b)
b[2:5] = array.array('i', [7])
print(b, len(b))
b[1:1] = array.array('i', [100, 101, 102])
print(b, len(b))
b[5:2] = array.array('i', [-1])
print(b)
b[::2] = array.array('i', [0] * len(b[::2]))
print(b)
b[::-3] = array.array('i', [9] * len(b[::-3]))
print(b)
del b[::2]
print(b)
del b[::-2]
print(b)
del b[1]
del b[-1]
print(b)
c = array.array('d', [1.5, 2.5, 3.5])
c[:] = c
print(c)
c[1:] = c
print(c)
c[::2] = c[:2]
print(c)
def attempt(f):
    try:
        f()
        print('ok')
    except Exception as e:
        print(type(e).__name__ + ':', e)
attempt(lambda: a[10])
attempt(lambda: a[-11])
attempt(lambda: a['1'])
attempt(lambda: a[1.0])
attempt(lambda: a[2**70])
attempt(lambda: a.__setitem__(10, 1))
attempt(lambda: a.__delitem__(-11))
attempt(lambda: a.__setitem__(slice(0, 2), [1, 2]))
attempt(lambda: a.__setitem__(slice(0, 2), array.array('l', [1, 2])))
attempt(lambda: a.__setitem__(slice(0, 10, 2), array.array('i', [1, 2])))
attempt(lambda: a.__setitem__(slice(0, 10, 0), array.array('i')))
attempt(lambda: a.__setitem__('x', 1))
attempt(lambda: a.__setitem__(0, array.array('i', [1])))
print(a)
