tests = [
    lambda: float("abc"),
    lambda: float(""),
    lambda: int(" "),
    lambda: int("1.5"),
    lambda: int(None),
    lambda: float([1]),
    lambda: complex("1+"),
    lambda: list(5),
    lambda: dict([1, 2]),
    lambda: tuple(None),
    lambda: int("10", 1),
    lambda: chr(-1),
]
for t in tests:
    try:
        t()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
