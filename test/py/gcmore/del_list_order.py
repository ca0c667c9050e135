class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)


items = [D(i) for i in range(4)]
print("del list")
del items
items = [D(i) for i in "abcd"]
print("clear")
items.clear()
items = [D(i) for i in "wxyz"]
print("slice deletion [1:3]")
del items[1:3]
print("assign []")
items[:] = []
items = [D(i) for i in "pq"]
print("rebind")
items = None
print("end")
