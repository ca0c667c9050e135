class C:
    def m(self):
    return self
