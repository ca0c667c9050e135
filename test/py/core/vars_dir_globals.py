class C: pass
o = C()
o.b = 2
o.a = 1
print(vars(o), sorted(vars(o)))
def f(x, y=3):
    z = x + y
    return locals()
print(f(1))
g = globals()
print(g["__name__"], "f" in g, "C" in dir(), type(g).__name__)
print([n for n in dir(o) if not n.startswith("__")])
print([n for n in dir([]) if not n.startswith("_")])
print([n for n in dir("") if not n.startswith("_")][:10])
g["dynamic"] = 99
print(dynamic)
