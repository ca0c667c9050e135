f = lambda x=lambda: 1, y=lambda z=0: z: x() + y()
g = lambda f=lambda *a, **k: (a, k): f(1, x=2)
h = lambda a=(lambda: (lambda: 0))(): a
