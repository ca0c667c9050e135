class A:
    """Docstring of A."""

    x: int
    y = 2
    z: str = "zed"

    def f(self) -> "A":
        return self
