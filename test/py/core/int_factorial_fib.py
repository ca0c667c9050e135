def fact(n):
    r = 1
    while n > 1:
        r *= n
        n -= 1
    return r

def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

print(fact(50))
print(fib(200))
print(len(str(fact(100))))
print(sum([int(c) for c in str(2 ** 1000)]))
print(fib(90) % 10 ** 9)
