def check(x):
    if x = 1:
        return True
