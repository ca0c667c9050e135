def f():
    '''docstring
    pass
