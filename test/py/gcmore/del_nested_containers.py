class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)


nested = [[D("a"), D("b")], (D("c"), D("d")), {"e": D("e"), "f": [D("f")]}]
print("del nested")
del nested


class Holder:
    def __init__(self):
        self.first = D("first")
        self.second = [D("second.0"), D("second.1")]
        self.third = D("third")

    def __del__(self):
        print("Holder.__del__")


h = Holder()
print("del holder")
del h
print("end")
