import sys
d = {i: i for i in range(20)}
for i in range(15):
    del d[i]
print(len(d), sys.getsizeof(d), sys.getsizeof(d.copy()), sys.getsizeof(dict(d)), sys.getsizeof({**d}))
s = {"k%d" % i: i for i in range(3)}
print(sys.getsizeof(s.copy()), sys.getsizeof({**s, "x": 1}), sys.getsizeof(dict(s, y=2)))
e = {}
e |= {1: 1, 2: 2}
print(sys.getsizeof(e), sys.getsizeof(d | s))
