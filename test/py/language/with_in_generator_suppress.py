class S:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return et is not None and et is not GeneratorExit

def suppressing():
    with S("first"):
        yield 1
        yield 2
    yield "after first"
    with S("second"):
        yield 3
    yield "end"

g = suppressing()
print(next(g))
print(g.throw(KeyError("x")))
print(next(g))
g.close()
print("closed", g.gi_running)

g = suppressing()
print(next(g))
print(list(g))

def swallow_close():
    with S("closing"):
        yield 1
g = swallow_close()
next(g)
g.close()
print("close finished")
