import gc

gc.collect()
l = []
t = (l, 1, "a")
l.append(t)
del l, t
print(gc.collect())

# a tuple of two lists that both point back at it
a, b = [], []
t = (a, b)
a.append(t)
b.append(t)
del a, b, t
print(gc.collect())

# nested tuples around a list
l = []
t = ((l,),)
l.append(t)
del l, t
print(gc.collect())
