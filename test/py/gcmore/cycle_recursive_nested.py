import gc

gc.collect()


def outer():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact(6)


# the nested function is only used inside outer(): the function, its
# cell and the closure tuple form a cycle once outer() returns
print(outer())
print("after one call:", gc.collect())
for i in range(3):
    outer()
print("after three calls:", gc.collect())


def outer_lambda():
    fib = lambda n: n if n < 2 else fib(n - 1) + fib(n - 2)
    return fib(10)


print(outer_lambda())
print("recursive lambda:", gc.collect())
