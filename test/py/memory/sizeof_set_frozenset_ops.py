import sys
f = frozenset(range(4))
print(sys.getsizeof(f), sys.getsizeof(f | {10}), sys.getsizeof(frozenset(range(100))))
s = set()
for i in range(4):
    s.add(i)
print(sys.getsizeof(s))
s.add(4)
print(sys.getsizeof(s))
print(sys.getsizeof(set("abcdefgh")), sys.getsizeof(set([1] * 100)), sys.getsizeof({i for i in range(18)}), sys.getsizeof({i for i in range(19)}))
