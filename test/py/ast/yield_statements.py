def gen():
    yield
    yield 1
    yield 1, 2
    yield *a, b
    yield from other()
    yield from (x for x in y)
