class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)

    def __hash__(self):
        return hash(self.name)


d = {"k%d" % i: D("v%d" % i) for i in range(3)}
print("del dict of values")
del d
d = {D("key%d" % i): D("val%d" % i) for i in range(2)}
print("del dict of keys and values")
del d
d = {"a": D("a"), "b": D("b"), "c": D("c")}
del d["a"]
d["a"] = D("a2")
print("clear after reinsertion")
d.clear()
d = {"x": D("x"), "y": D("y")}
print("popitem")
d.popitem()
print("end")
