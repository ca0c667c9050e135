def f(*, a):
    pass

def g(*, a, b=2, c):
    pass

def h(x, *args, y, z=3, **kw):
    pass
