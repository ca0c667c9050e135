class Res:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("open", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("close", self.name, et.__name__ if et else None)
        return False

def reader(name, n):
    with Res(name):
        for i in range(n):
            yield f"{name}{i}"
    print("reader done", name)

print(list(reader("a", 2)))
g = reader("b", 5)
print(next(g), next(g))
g.close()
print("after close")

g = reader("c", 3)
print(next(g))
try:
    g.throw(ValueError("thrown"))
except ValueError as e:
    print("propagated", e)

g = reader("d", 3)
print(next(g))
del g
print("after del")
