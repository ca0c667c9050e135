def f():
    return 12x + 1
