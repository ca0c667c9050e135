def f(a):
    total = a +
    return total
