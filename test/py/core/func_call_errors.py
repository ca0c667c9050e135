def f(a, b, c=3):
    return a + b + c
def kw(*, x):
    return x
tests = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3, 4),
    lambda: f(1, 2, d=5),
    lambda: f(1, 2, a=1),
    lambda: kw(1),
    lambda: kw(),
    lambda: f(1, **{"b": 2, "c": 3, "e": 0}),
    lambda: len(),
    lambda: len(1, 2),
    lambda: abs("x"),
    lambda: (lambda: 0)(1),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print("TypeError:", e)
