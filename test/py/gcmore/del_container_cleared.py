import gc


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)


gc.collect()
registry = [D("plain0"), D("plain1")]
c = D("cycled")
c.me = c
registry.append(c)
del c
print("clear registry")
registry.clear()
print("collect:", gc.collect())
table = {"a": D("a"), "b": D("b")}
table["a"].peer = table["b"]
table["b"].peer = table["a"]
table["c"] = D("c")
print("clear table")
table.clear()
print("collect:", gc.collect())
