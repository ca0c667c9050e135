def g():
    f = lambda: (yield)
    h = lambda: (yield from it)
    return f, h
