def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
def trace(fn):
    def wrapped(*args):
        print("calling", fn.__name__, args)
        return fn(*args)
    return wrapped
@trace
def add(a, b):
    return a + b
print(add(2, 3))
def make_counter():
    counts = {"n": 0}
    def tick():
        counts["n"] += 1
        return counts["n"]
    return tick
t = make_counter()
t()
t()
print(t())
