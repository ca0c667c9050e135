def make():
    n = 10
    return [lambda: n + i for i in range(3)]
print([f() for f in make()])

def make2():
    return [(lambda i=i: i) for i in range(3)]
print([f() for f in make2()])

def outer():
    k = 2
    return [k * v for v in range(4)]
print(outer())

def shadow():
    v = "local"
    r = [v for v in range(3)]
    return r, v
print(shadow())
y = 5
print([y for _ in range(2)], {y + i for i in range(2)}, {i: y for i in range(1)})
