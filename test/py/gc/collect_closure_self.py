import gc

gc.collect()


def f():
    def g():
        return g
    return g


h = f()
print(h() is h)
del h
print(gc.collect())

# calling f and dropping the result immediately
f()
print(gc.collect())


def counter():
    n = 0

    def inc():
        nonlocal n
        n += 1
        return inc, n
    return inc


c = counter()
print(c()[1], c()[1])
del c
print(gc.collect())
