[y for x in data if (y := f(x)) is not None]
{k: (v := g(k)) for k in keys}
[last := x for x in range(5)]
any((n := x) > 3 for x in seq)
