h = lambda a=1, b: a
