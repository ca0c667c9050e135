import gc

gc.collect()
# several tuples inside a list, each tuple pointing back at the list
l = []
for i in range(5):
    l.append((i, l))
del l
print("5 tuples + list:", gc.collect())

# pairs of tuples: tuple -> list -> tuple
a = []
t1 = (a, "one")
t2 = (t1, "two")
a.append(t2)
del a, t1, t2
print("chain of tuples:", gc.collect())

# a list of atom-only tuples, closed by appending the list
l = [(1, 2), (3, "x"), (None, 4.5)]
l.append(l)
del l
print("atom tuples:", gc.collect())
