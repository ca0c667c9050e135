x = yield
y = yield 1
z = yield from g()
w = *a, *b
v = a if b else c
u = lambda: 0
t = not x
