saved = []
class Phoenix:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
        if self.name == "first":
            self.name = "second"
            saved.append(self)

p = Phoenix("first")
del p
print("saved", len(saved), saved[0].name)
saved.clear()
print("cleared")
class Counted:
    deaths = 0
    def __del__(self):
        Counted.deaths += 1
objs = [Counted() for i in range(5)]
print(Counted.deaths)
objs = objs[:2]
print(Counted.deaths)
class Order:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del order", self.n)
def f():
    a = Order(1)
    b = Order(2)
    c = Order(3)
    return b
keep = f()
print("kept", keep.n)
