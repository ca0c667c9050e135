(a, b), c = x
a, (b, (c, d)) = x
[a, (b, [c, *d])], e = x
for (i, j), k in pairs:
    pass
