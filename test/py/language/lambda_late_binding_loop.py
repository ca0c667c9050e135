late = []
for i in range(4):
    late.append(lambda: i * 10)
print([f() for f in late])

early = []
for i in range(4):
    early.append(lambda i=i: i * 10)
print([f() for f in early])
print([f(7) for f in early])

comp_late = [lambda: j for j in range(3)]
comp_early = [lambda j=j: j for j in range(3)]
print([f() for f in comp_late], [f() for f in comp_early])

def factory(n):
    return lambda x: x + n
adders = [factory(n) for n in range(3)]
print([a(100) for a in adders])

i = "rebound"
print(late[0]())
print(early[0].__defaults__, late[0].__defaults__)
