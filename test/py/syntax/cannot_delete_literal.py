items = [1]
del 1
