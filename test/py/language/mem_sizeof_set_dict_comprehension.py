import sys

for n in [0, 1, 4, 5, 8, 20, 50]:
    sc = {i for i in range(n)}
    s_add = set()
    for i in range(n):
        s_add.add(i)
    s_ctor = set(range(n))
    print("set", n, sys.getsizeof(sc), sys.getsizeof(s_add), sys.getsizeof(s_ctor))

for n in [0, 1, 5, 6, 10, 11, 21, 22, 43, 44]:
    dc = {i: None for i in range(n)}
    d_loop = {}
    for i in range(n):
        d_loop[i] = None
    d_keys = dict.fromkeys(range(n))
    d_zip = dict(zip(range(n), [None] * n))
    print("dict", n, sys.getsizeof(dc), sys.getsizeof(d_loop), sys.getsizeof(d_keys), sys.getsizeof(d_zip))

strs = {f"k{i}": i for i in range(8)}
print(sys.getsizeof(strs), sys.getsizeof({**strs}), sys.getsizeof(dict(strs)), sys.getsizeof(strs.copy()))
