x = a + b if c else d * e
y = (yield) if a else b
z = not a if b else c
t = a, b if c else d, e
