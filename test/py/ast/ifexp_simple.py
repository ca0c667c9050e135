x = a if cond else b
y = (a if cond else b)
f(a if b else c)
z = [a if b else c for d in e]
