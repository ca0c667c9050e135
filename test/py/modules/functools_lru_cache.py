# lru_cache and cache: hits and misses, eviction order, maxsize None/0, typed=, cache_clear
import functools

calls = []
@functools.lru_cache(maxsize=3)
def square(x):
    calls.append(x)
    return x * x

for x in [1, 2, 3, 1, 4, 2, 1, 5, 1]:
    square(x)
print(calls, square.cache_info())
print(square.cache_parameters(), square.__name__, square.__wrapped__(6))
square.cache_clear()
print(square.cache_info(), square(2), square.cache_info())

@functools.lru_cache
def plain(a, b=0, *, c=0):
    calls.append((a, b, c))
    return a + b + c
calls.clear()
print(plain(1), plain(1, 0), plain(a=1), plain(1, c=0), plain(1, b=2), plain(b=2, a=1), plain(1))
print(calls, plain.cache_info(), plain.cache_parameters())

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())

@functools.cache
def ident(x):
    return x
print(ident(1), ident(1.0), ident(True), ident.cache_info(), ident.cache_parameters())

@functools.lru_cache(typed=True)
def typed(x):
    return type(x).__name__
print(typed(1), typed(1.0), typed(True), typed(1), typed.cache_info())

@functools.lru_cache(maxsize=0)
def never(x):
    return x
print(never(1), never(1), never.cache_info())
neg = functools.lru_cache(maxsize=-5)(lambda: 1)
print(neg(), neg.cache_info(), neg.cache_parameters())

class Point:
    def __init__(self, x):
        self.x = x
    @functools.lru_cache(maxsize=4)
    def norm(self, scale):
        return abs(self.x) * scale
p = Point(-3)
print(p.norm(2), p.norm(2), Point.norm.cache_info(), type(Point.__dict__["norm"]).__name__)
try:
    square([1])
except TypeError as e:
    print("TypeError:", e)
print(square.cache_info())
