def f(a, /):
    pass

def g(a, b, /, c):
    pass

def h(a, b=1, /, c=2):
    pass
