def f(x):
    if x:
        return 1
    elif x < 0
        return 2
