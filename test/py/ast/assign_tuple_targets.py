a, b = 1, 2
a, b = b, a
(a, b) = c
a, = t
(a,) = t
x, y, z = range(3)
