a.x, b[0], *c.d, [e, f[1:]] = value
x = a, b = 1, 2
(yield_, *x) = y = z
