import sys
d = {"a": 1, "b": 2}
print(sys.getsizeof(d.keys()), sys.getsizeof(d.values()), sys.getsizeof(d.items()))
print(sys.getsizeof(iter(d)), sys.getsizeof(iter(d.items())), sys.getsizeof(reversed(d)))
print(sys.getsizeof(iter({1})), sys.getsizeof(iter(b"ab")), sys.getsizeof(iter("\u0100")))
