def f(**kwargs):
    return kwargs

def g(a, b=1, **kw):
    pass

def h(*args, **kwargs):
    pass
