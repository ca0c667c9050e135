(x): int
(x): int = 1
obj.attr: int
obj.attr: int = 1
lst[0]: float
lst[0]: float = 0.5
(obj.attr): int = 2
