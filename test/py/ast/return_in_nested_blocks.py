def f(x):
    for i in x:
        while i:
            with ctx():
                try:
                    return i
                except E:
                    return None
                finally:
                    pass
    else:
        return -1
