def f():
    if True:
        return 'never closed
