import gc


class Node:
    pass


gc.collect()
a = Node()
b = Node()
a.o = b
b.o = a
del a
print(gc.collect())
del b
print(gc.collect())

# three instances in a ring, with extra atomic attributes
x, y, z = Node(), Node(), Node()
x.next, y.next, z.next = y, z, x
x.name, y.name, z.name = "x", "y", "z"
del x, y, z
print(gc.collect())
