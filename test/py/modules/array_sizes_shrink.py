# Shrinking: array_resize keeps the buffer until 16 or more items go, then
# reallocates with the same over-allocation rule; emptying frees the buffer.
import array, sys
a = array.array('i', range(100))
trace = []
while a:
    a.pop()
    trace.append(sys.getsizeof(a))
print([(i + 1, s) for i, s in enumerate(trace) if i == 0 or s != trace[i - 1]])
b = array.array('d', range(40))
del b[5:30]
print(len(b), sys.getsizeof(b))
del b[0:10]
print(len(b), sys.getsizeof(b), b.buffer_info()[1])
del b[:]
print(len(b), sys.getsizeof(b), b.buffer_info()[0] != 0, b.buffer_info()[1])
c = array.array('b', range(50))
del c[::2]
print(len(c), sys.getsizeof(c), c[:5])
c.remove(1)
print(len(c), sys.getsizeof(c))
c *= 0
print(len(c), sys.getsizeof(c), c, c.buffer_info()[0] == 0)
d = array.array('h', range(30))
d[2:28] = array.array('h')
print(d, sys.getsizeof(d))
e = array.array('i', range(20))
try:
    e.fromlist(list(range(40)) + ['x'])
except TypeError as exc:
    print('fromlist failed:', exc)
print(len(e), sys.getsizeof(e))
f = array.array('i', range(20))
del f[3]
print(len(f), sys.getsizeof(f))
