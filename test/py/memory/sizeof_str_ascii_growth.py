import sys
for n in [0, 1, 2, 7, 8, 10, 50, 100, 471, 472, 1000]:
    print(n, sys.getsizeof("a" * n))
s = ""
sizes = []
for i in range(10):
    s += "x"
    sizes.append(sys.getsizeof(s))
print(sizes)
print(sys.getsizeof("hello"), sys.getsizeof("hello world"), "hello".__sizeof__())
print(sys.getsizeof(str(12345)), sys.getsizeof("".join(["ab", "cd"])), sys.getsizeof("abc"[1:]))
