a[*b]
a[b, *c]
a[*b, *c]
a[b, *c] = 1
del a[*b]
