import sys
def catch():
    try:
        raise ValueError("x")
    except ValueError as e:
        return sys.getrefcount(e)
print(catch())
err = ValueError("kept")
print(sys.getrefcount(err))
errs = [err]
print(sys.getrefcount(err))
