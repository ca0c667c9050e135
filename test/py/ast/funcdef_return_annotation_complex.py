def f(x) -> lambda: 1:
    pass

def g() -> (yield_ if x else None):
    pass

def h() -> a.b.c[d]:
    pass
