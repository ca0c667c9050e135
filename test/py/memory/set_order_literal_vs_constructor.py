a = {10, 20, 30, 40, 50, 60, 70, 80}
b = set([10, 20, 30, 40, 50, 60, 70, 80])
print(a)
print(b)
print(list(a) == list(b))
c = {"k1", "k2", "k3", "k4", "k5", "k6"}
d = set(["k1", "k2", "k3", "k4", "k5", "k6"])
print(c)
print(d)
x = 10
e = {x, 20, 30, 40, 50, 60, 70, 80}
print(e)
