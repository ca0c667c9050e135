def f(a, b=1, /, c=2, *, d, e=5, **kwargs):
    return a, b, c, d, e, kwargs

def g(p, /, *, k):
    pass

def h(p=0, /, *args, k=1, **kw):
    pass
