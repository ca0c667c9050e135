x = int("1")
a = [x]
i = id(a)
del a
b = [x, x, x]
print(id(b) == i)
d = {"a": x}
j = id(d)
del d
e = {"b": x, "c": x}
print(id(e) == j)
l1 = []
l2 = []
k1, k2 = id(l1), id(l2)
del l1
del l2
m1 = []
m2 = []
print(id(m1) == k2, id(m2) == k1)
