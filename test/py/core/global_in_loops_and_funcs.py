total = 0
def add(n):
    global total
    total += n
for i in range(5):
    add(i)
print(total)
registry = []
def register(name):
    registry.append(name)
    return name
for n in ["x", "y"]:
    register(n)
print(registry)
def read_global_after_loop():
    return i
print(read_global_after_loop())
def define_many():
    global g1, g2
    g1, g2 = "one", "two"
define_many()
print(g1, g2)
