def f(*args):
    return args

def g(a, *rest):
    pass

def h(a, b=2, *rest):
    pass
