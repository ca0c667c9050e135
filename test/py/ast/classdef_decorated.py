@dataclass
class Point:
    x: int
    y: int = 0

@dataclasses.dataclass(frozen=True, order=True)
@other
class Frozen:
    name: str
