x = "outer"
g = (x for x in range(3))
print(x, list(g), x)

def f():
    total = sum(v * v for v in range(4))
    return total, "v" in locals()
print(f())

n = 2
g = (i * n for i in range(3))
n = 10
print(list(g))

def make():
    k = 1
    gen = (k + i for i in range(3))
    k = 100
    return list(gen)
print(make())

g = (a for a in range(3))
print(type(g).__name__, g.__name__, g.__qualname__)
print(next(g), list(g), list(g))

def qual():
    return (c for c in "ab")
print(qual().__qualname__)
print(g.gi_running, g.gi_code.co_name)
