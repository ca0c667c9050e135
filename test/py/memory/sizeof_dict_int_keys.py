import sys
d = {}
prev = sys.getsizeof(d)
print(0, prev)
for i in range(1, 200):
    d[i] = i
    size = sys.getsizeof(d)
    if size != prev:
        print(len(d), size)
        prev = size
print({}.__sizeof__(), sys.getsizeof(dict()))
