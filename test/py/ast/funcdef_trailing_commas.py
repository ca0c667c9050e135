def f(a,):
    pass

def g(a, b, *, c,):
    pass

def h(a, /,):
    pass

def i(*args, **kwargs,):
    pass

def j(
    a,
    b=1,
    *args,
    c,
    **kwargs,
):
    pass
