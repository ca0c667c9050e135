def f(a, b=1, c=None, d=(1, 2), e=[], f={}):
    return a

def g(x=lambda: 0, y=-1, z=not True):
    pass
