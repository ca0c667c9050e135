def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x


def chunks(seq, size):
    buf = []
    for item in seq:
        buf.append(item)
        if len(buf) == size:
            yield tuple(buf)
            buf.clear()
    if buf:
        yield tuple(buf)


def pipeline(source):
    total = 0
    received = yield from take(10, source)
    while (value := (yield total)) is not None:
        total += value
    return received


print(list(take(10, fib())), list(chunks(range(7), 3)))
