class Config:
    def __init__(self, name, size=10, *extra, verbose=False, **options):
        self.name = name
        self.size = size
        self.extra = extra
        self.verbose = verbose
        self.options = options

    def show(self):
        print(self.name, self.size, self.extra, self.verbose, self.options)

Config("a").show()
Config("b", 20).show()
Config("c", 30, 1, 2, 3).show()
Config("d", verbose=True).show()
Config(name="e", size=5, color="red", depth=2).show()
args = ("f", 7)
kw = {"verbose": True, "x": 1}
Config(*args, **kw).show()

class Defaults:
    def __init__(self, items=[]):
        self.items = items

d1 = Defaults()
d1.items.append(1)
d2 = Defaults()
print(d2.items, d1.items is d2.items)

class NoInit:
    pass
n = NoInit()
print(type(n).__name__)
print(Config.__init__.__defaults__)
print(Config.__init__.__kwdefaults__)
