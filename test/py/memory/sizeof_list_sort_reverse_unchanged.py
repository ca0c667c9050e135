import sys
l = [5, 3, 1, 4, 2]
a = sys.getsizeof(l)
l.sort()
b = sys.getsizeof(l)
l.reverse()
c = sys.getsizeof(l)
print(a, b, c, sys.getsizeof(sorted(l)), sys.getsizeof(list(reversed(l))), sys.getsizeof(l[::-1]))
big = list(range(1000))
print(sys.getsizeof(big), sys.getsizeof(sorted(big)), sys.getsizeof(big[::2]))
