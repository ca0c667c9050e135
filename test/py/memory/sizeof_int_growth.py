import sys
for v in [0, 1, -1, 255, 256, 257, 2 ** 30 - 1, 2 ** 30, 2 ** 60 - 1, 2 ** 60, 2 ** 90, 2 ** 100, -(2 ** 100), 10 ** 100]:
    print(v if v < 10 ** 20 else "big", sys.getsizeof(v))
n = 1
prev = None
for bits in range(0, 301):
    size = sys.getsizeof(n << bits)
    if size != prev:
        print("bits", bits, "->", size)
        prev = size
print(sys.getsizeof(True), sys.getsizeof(False), (5).__sizeof__(), (2 ** 64).__sizeof__())
