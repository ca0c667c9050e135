def gen():
    x = yield
    y = yield 1
    z = yield from sub()
    w = (yield)
    f((yield 1))
    v = [(yield a), (yield from b)]
    return (yield) + (yield)
