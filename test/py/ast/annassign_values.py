a: tuple = 1, 2
b: int = yield
c: list = [*x]
d: dict = {**e}
f: complex = 1j
g: int | None = None
h: tuple[int, ...] = *x, *y
