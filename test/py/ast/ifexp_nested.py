x = a if b else c if d else e
y = (a if b else c) if d else e
z = a if (b if c else d) else e
w = lambda: a if b else c
v = a or b if c and d else not e
