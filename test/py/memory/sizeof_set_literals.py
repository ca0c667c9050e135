import sys
print(sys.getsizeof(set()), sys.getsizeof(frozenset()), sys.getsizeof({1}), sys.getsizeof({1, 2, 3, 4}))
print(sys.getsizeof({1, 2, 3, 4, 5}), sys.getsizeof(set(range(5))), sys.getsizeof(frozenset(range(5))))
print(sys.getsizeof({1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16}), sys.getsizeof(set(range(16))))
a, b, c, d, e = 1, 2, 3, 4, 5
print(sys.getsizeof({a, b, c, d, e}), sys.getsizeof({a, b, c, d}))
print(sys.getsizeof({x for x in range(5)}), sys.getsizeof({x for x in range(100)}), sys.getsizeof(set(range(100))))
s = set(range(10))
print(sys.getsizeof(s | {100}), sys.getsizeof(s & {1}), sys.getsizeof(s.copy()), sys.getsizeof(set(s)))
