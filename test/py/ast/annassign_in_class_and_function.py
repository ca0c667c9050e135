class C:
    x: int
    y: str = ""
    def f(self):
        self.z: float = 0.0
        local: bool
        return local
