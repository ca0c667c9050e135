f = lambda a, b=1, /, c=2, *args, d, e=5, **kwargs: (a, b, c, args, d, e, kwargs)
g = lambda *, k: k
h = lambda p, /: p
i = lambda **kw: kw
j = lambda *a: a
