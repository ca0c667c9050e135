def f():
    return

def g():
    return None

def h(x):
    if x:
        return
    return x, x
