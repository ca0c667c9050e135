def level(n):
    try:
        if n == 0:
            raise KeyError("deep")
        return level(n - 1)
    except KeyError as e:
        if n < 2:
            raise
        return "caught at level %d: %s" % (n, e)
print(level(5))
try:
    try:
        raise ValueError("inner")
    except ValueError as e:
        try:
            raise TypeError("middle")
        except TypeError as t:
            print("middle handled; context:", repr(t.__context__))
        print("still in outer handler:", e)
except Exception:
    print("not reached")
try:
    try:
        1 / 0
    finally:
        print("cleanup while propagating")
except ZeroDivisionError as z:
    print("propagated:", z)
