def a():
    x = 1
    def b():
        nonlocal x
        x += 10
        def c():
            nonlocal x
            x += 100
            return x
        return c()
    r = b()
    return r, x
print(a())
def counter_pair():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def get():
        return n
    return inc, get
inc, get = counter_pair()
inc()
inc()
print(get())
def shadowing():
    v = "outer"
    def inner():
        v = "inner"
        return v
    return inner(), v
print(shadowing())
