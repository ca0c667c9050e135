sq = lambda x: x * x
add = lambda a, b=1: a + b
print(sq(7), add(1), add(1, 2), (lambda: "empty")(), (lambda *a, **k: (a, k))(1, z=2))
print(sq.__name__, type(sq).__name__)
ops = {"+": lambda a, b: a + b, "*": lambda a, b: a * b}
print(ops["+"](3, 4), ops["*"](3, 4))
compose = lambda f, g: lambda x: f(g(x))
print(compose(sq, add)(3))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print(list(map(lambda t: t[0] * t[1], [(1, 2), (3, 4)])))
