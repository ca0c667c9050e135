try:
    raise ValueError("x")
except ValueError as e:
    print("inside:", e)
try:
    e
except NameError as ne:
    print("NameError:", ne)
saved = None
try:
    raise KeyError("saved")
except KeyError as e2:
    saved = e2
print(repr(saved))
def reraise():
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise
        except ValueError as again:
            return "re-raised " + str(again)
print(reraise())
try:
    raise
except RuntimeError as r:
    print("RuntimeError:", r)
