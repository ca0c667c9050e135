class A:
    pass

class B:
    x = 1
    def method(self):
        return self.x
