class R:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

items = [R(1), R(2), R(3)]
print("pop")
items.pop()
print("remove index 0")
del items[0]
print("clear")
items.clear()
print("dict")
d = {"a": R("a"), "b": R("b")}
d["a"] = R("a2")
del d["b"]
print("dict done")
d = None
t = (R("t1"), R("t2"))
print("tuple")
del t
class Holder:
    def __init__(self):
        self.child = R("child")
    def __del__(self):
        print("del holder")
h = Holder()
del h
print("nested list")
outer = [[R("n1")], [R("n2")]]
outer[0] = None
del outer
print("done")
