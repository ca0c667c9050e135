import gc


class Node:
    def __del__(self):
        print("__del__", self.name)


gc.collect()
a = Node()
a.name = "a"
b = Node()
b.name = "b"
a.o = b
b.o = a
outside = [b]
del a, b
print("with outside ref:", gc.collect())
print(outside[0].o.name)
outside.clear()
print("outside cleared")
print("without:", gc.collect())

# a cycle referenced from another cycle that is still alive
x = []
x.append(x)
y = []
y.append(y)
y.append(x)
del x
print(gc.collect())
del y
print(gc.collect())
