class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)


zeta = D("zeta")
alpha = D("alpha")
_private = D("_private")
middle = D("middle")
_another = D("_another")
pair = [D("pair.0"), D("pair.1")]
print("end of main")
