del x
del x, y
del a.b, c[0], d[1:2]
del (x)
del (x, y)
del [x, y]
del x,
del (a, [b, c.d]), e[f]
