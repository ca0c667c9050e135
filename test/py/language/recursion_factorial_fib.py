import functools

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

@functools.cache
def fib_cached(n):
    return n if n < 2 else fib_cached(n - 1) + fib_cached(n - 2)

print([fact(i) for i in range(10)])
print(fact(30))
print([fib(i) for i in range(15)])
print(fib_cached(150))
print(fib_cached.cache_info().currsize)

def digits_sum(n):
    return n if n < 10 else n % 10 + digits_sum(n // 10)
print(digits_sum(fact(50)))

def power_set(items):
    if not items:
        return [[]]
    rest = power_set(items[1:])
    return rest + [[items[0]] + r for r in rest]
print(power_set([1, 2, 3]))

def flatten(x):
    return [y for item in x for y in flatten(item)] if isinstance(x, list) else [x]
print(flatten([1, [2, [3, [4, []]], 5]]))
