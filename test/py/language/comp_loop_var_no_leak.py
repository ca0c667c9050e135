x = "outer x"
squares = [x * x for x in range(5)]
print(squares, x)
y = "outer y"
s = {y for y in "abc"}
d = {y: 0 for y in "z"}
print(y, sorted(s), d)
try:
    print(k)
except NameError as e:
    print("NameError:", e)
[k for k in range(3)]
try:
    k
except NameError as e:
    print("NameError:", e)

def f():
    i = 99
    r = [i for i in range(3)]
    inner = [[i, j] for i in range(2) for j in range(i)]
    return i, r, inner
print(f())

def g():
    r = [item for item in range(3)]
    return "item" in locals(), sorted(locals())
print(g())
for z in range(2):
    pass
print(z)
