x = int("7")
t = (x, 2)
i = id(t)
del t
u = (x, 3)
print(id(u) == i)
res = {}
for n in [1, 2, 3, 10, 19, 20, 21]:
    a = tuple(range(x, x + n))
    k = id(a)
    del a
    b = tuple(range(x + 1, x + n + 1))
    res[n] = id(b) == k
    del b
print(res)
t3 = (x, x, x)
k3 = id(t3)
del t3
t2 = (x, x)
print(id(t2) == k3)
