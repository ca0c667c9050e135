x = 1
def f():
    return x
if x:
    y = 2