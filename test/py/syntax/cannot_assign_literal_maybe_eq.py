if True:
    5 = value
