class Grid:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, key):
        print("get", key)
        if key not in self.cells:
            raise KeyError(key)
        return self.cells[key]
    def __setitem__(self, key, value):
        print("set", key, value)
        self.cells[key] = value
    def __delitem__(self, key):
        print("del", key)
        del self.cells[key]
    def __contains__(self, key):
        print("contains", key)
        return key in self.cells

g = Grid()
g[0, 1] = "a"
g["k"] = 5
print(g[0, 1], g["k"])
print((0, 1) in g, "zz" in g, "zz" not in g)
del g["k"]
try:
    g["k"]
except KeyError as e:
    print("KeyError:", e)
g["k"] = 1
g["k"] += 10
print(g.cells)
