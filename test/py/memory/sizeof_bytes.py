import sys
print(sys.getsizeof(b""), sys.getsizeof(b"a"), sys.getsizeof(b"ab"), sys.getsizeof(b"a" * 100))
for n in [0, 1, 10, 100, 1000]:
    print(n, sys.getsizeof(bytes(n)), sys.getsizeof(b"x" * n))
print(sys.getsizeof("hello".encode()), sys.getsizeof(bytes([1, 2, 3])), b"abc".__sizeof__())
print(sys.getsizeof(bytearray()), sys.getsizeof(bytearray(b"abc")))
