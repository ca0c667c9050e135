def f(a: int, b: "str", c: list[int] = []) -> int:
    return a

def g(x: dict[str, list[int]], y: int | None = None) -> tuple[int, ...]:
    pass

def h() -> "Forward":
    pass
