import sys
def f():
    pass
g = lambda: 0
def outer():
    v = 1
    def inner():
        return v
    return inner
cell = outer().__closure__[0]
print(sys.getsizeof(f), sys.getsizeof(g), sys.getsizeof(cell), sys.getsizeof(f.__code__))
print(sys.getsizeof(range(10)), sys.getsizeof(range(10 ** 30)), sys.getsizeof(slice(1, 2, 3)))
print(sys.getsizeof(sys), sys.getsizeof(len), sys.getsizeof([].append), sys.getsizeof("".upper))
print(sys.getsizeof(iter([])), sys.getsizeof(enumerate([])), sys.getsizeof(zip()), sys.getsizeof(map(f, [])))
print(sys.getsizeof(iter(())), sys.getsizeof(iter("")), sys.getsizeof(iter(range(3))), sys.getsizeof(reversed([])))
print(sys.getsizeof(ValueError()), sys.getsizeof(KeyError("k")), sys.getsizeof(int), sys.getsizeof(type))
print(sys.getsizeof({}.keys()), sys.getsizeof(filter(None, [])))
