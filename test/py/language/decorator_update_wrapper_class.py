import functools

class Memo:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.__wrapped__(n)
        return self.cache[n]

@Memo
def fib(n):
    "Fibonacci."
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(30))
print(fib.__name__, fib.__doc__, len(fib.cache))
print(sorted(fib.cache)[:5])

@functools.lru_cache(maxsize=None)
def tri(n):
    return 0 if n == 0 else n + tri(n - 1)

print(tri(50), tri.cache_info())
tri.cache_clear()
print(tri.cache_info())

@functools.lru_cache(maxsize=2)
def sq(n):
    print("compute", n)
    return n * n

for v in [1, 2, 1, 3, 2, 1]:
    sq(v)
print(sq.cache_info())
