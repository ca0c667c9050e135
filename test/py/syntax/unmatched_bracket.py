def f():
    return x]
