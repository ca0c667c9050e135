def outer():
    y = 1
    def inner(y):
        nonlocal y
