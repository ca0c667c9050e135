x = 0
def f():
    nonlocal x
