def f(a: int, b: str = "x", /, c: float = 1.0, *args: tuple, d: bool, e: list = [], **kwargs: dict) -> None:
    pass

def g(a: "A" = None, /, *, b: "B" = None) -> "C | None":
    return a or b
