def noisy(n):
    for i in range(n):
        print("producing", i)
        yield i

g = noisy(3)
print("created")
for v in g:
    print("consumed", v)
    if v == 1:
        break
print("after break")
print(next(g))
squares = (x * x for x in noisy(2))
print("genexp created")
print(list(squares))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f = fib()
print([next(f) for _ in range(10)])
