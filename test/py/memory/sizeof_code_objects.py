import sys
def f():
    pass
def g(a):
    return a.b + a.c(1)
def h(x, y, z=1):
    total = 0
    for i in range(x):
        total += i * y
    return total + z
print(sys.getsizeof(f.__code__), sys.getsizeof(g.__code__), len(f.__code__.co_code), len(g.__code__.co_code))
print(sys.getsizeof(h.__code__) == ((192 + len(h.__code__.co_code)) + 7) // 8 * 8)
