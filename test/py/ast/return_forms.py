def f(x):
    if x == 1:
        return
    if x == 2:
        return x
    if x == 3:
        return x, x
    if x == 4:
        return *x, 1
    return (yield)
