x = True
y = False
z = None
f(True, False, None)
if x is None or y is True:
    pass
t = (None, ..., True, 0, "")
