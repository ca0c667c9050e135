def g():
    yield from range(10)
    yield from (a, b)
    yield from [x for x in y]
    x = yield from g()
    return (yield from other())
