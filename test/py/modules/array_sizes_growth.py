# sys.getsizeof of arrays as they grow by append: array_resize over-allocates
# (newsize >> 4) + 3 items while the array is small, + 7 items afterwards.
import array, sys
for tc in 'bidu':
    a = array.array(tc)
    sizes = []
    for i in range(60):
        sizes.append(sys.getsizeof(a))
        a.append('x' if tc == 'u' else i)
    sizes.append(sys.getsizeof(a))
    steps = [(i, s) for i, s in enumerate(sizes) if i == 0 or s != sizes[i - 1]]
    print(tc, a.itemsize, steps)
    print(tc, a.__sizeof__(), sys.getsizeof(a) - a.__sizeof__(), len(a), a.buffer_info()[1])
for tc in array.typecodes:
    print(tc, sys.getsizeof(array.array(tc)), array.array(tc).__sizeof__())
a = array.array('q')
for i in range(200):
    a.insert(0, i)
print(sys.getsizeof(a), len(a), a[0], a[-1])
b = array.array('H')
last = sys.getsizeof(b)
for i in range(300):
    b.append(i)
    s = sys.getsizeof(b)
    if s != last:
        print(len(b), s, (s - 64 - 16) // 2, end='; ')
    last = s
print()
