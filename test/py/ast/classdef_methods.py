class C:
    def __init__(self, a, b=0):
        self.a = a
        self.b = b

    @property
    def total(self):
        return self.a + self.b

    @total.setter
    def total(self, value):
        self.a = value

    @classmethod
    def make(cls, *args, **kwargs):
        return cls(*args, **kwargs)

    @staticmethod
    def helper(x, /):
        return x
