a = 1.5 * int("2")
i = id(a)
del a
b = 2.5 * int("2")
print(id(b) == i)
c = float("7.25")
j = id(c)
c = None
d = float("8.5")
print(id(d) == j)
vals = [float(k) + 0.5 for k in range(5)]
ids = [id(v) for v in vals]
del vals
again = [float(k) + 0.25 for k in range(5)]
print(sorted([id(v) for v in again]) == sorted(ids), [id(v) for v in again] == ids[::-1])
