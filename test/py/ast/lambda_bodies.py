f = lambda x: x if x else None
g = lambda *a: [*a]
h = lambda: {k: v for k, v in d.items()}
i = lambda a, b: (a, b)
j = lambda: lambda: lambda: 0
k = lambda x: (y := x + 1)
m = lambda: not x or y and z
