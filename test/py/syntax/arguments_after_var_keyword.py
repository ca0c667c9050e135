def f(**kwargs, a):
    pass
