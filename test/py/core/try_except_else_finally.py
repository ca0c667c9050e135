def attempt(x):
    try:
        r = 10 / x
    except ZeroDivisionError:
        print("caught zero")
        return "zero"
    except TypeError as e:
        print("caught type:", e)
        return "type"
    else:
        print("else branch", r)
        return "ok"
    finally:
        print("finally for", repr(x))
print(attempt(2))
print(attempt(0))
print(attempt("s"))
try:
    raise ValueError("multi")
except (KeyError, ValueError) as e:
    print(type(e).__name__, e)
try:
    [][1]
except LookupError as e:
    print("LookupError catches", type(e).__name__)
try:
    try:
        raise KeyError("inner")
    finally:
        print("inner finally")
except KeyError as e:
    print("outer caught", e)
