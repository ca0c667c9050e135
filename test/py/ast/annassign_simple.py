x: int
y: int = 0
z: list[int] = []
name: "str" = "n"
