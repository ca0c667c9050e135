def g():
    await_ = yield
    print((yield))
    a[(yield)] = 1
    if (yield):
        pass
    x = yield 1, 2
    y = (yield), 1
    for i in (yield):
        pass
