with open("f") as f:
    data = f.read()
with lock:
    pass
with a() as x, b() as y:
    pass
with a, b as c, d:
    pass
