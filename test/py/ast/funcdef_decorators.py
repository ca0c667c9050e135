@decorator
def f():
    pass

@dec1
@dec2
def g():
    pass
