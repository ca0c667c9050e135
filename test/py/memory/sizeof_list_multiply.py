import sys
for n in [0, 1, 2, 3, 7, 8, 16, 65, 100]:
    print(n, sys.getsizeof([None] * n), sys.getsizeof([1, 2] * n), sys.getsizeof(n * [0]))
a = [1, 2, 3]
a *= 4
print(sys.getsizeof(a))
b = []
b *= 10
print(sys.getsizeof(b))
