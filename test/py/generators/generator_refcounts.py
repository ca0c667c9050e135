import sys

class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)

def holder():
    t = Tracked("local")
    yield 1
    yield 2

g = holder()
print("created")
next(g)
print("suspended")
del g
print("after del")

def finishing():
    t = Tracked("finishing")
    yield 1

g = finishing()
print(list(g))
print("after list")

obj = [1, 2, 3]
print(sys.getrefcount(obj))
it = (x for x in obj)
print(sys.getrefcount(obj))
del it
print(sys.getrefcount(obj))
