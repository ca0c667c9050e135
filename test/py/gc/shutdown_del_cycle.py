import gc


class Node:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)


a = Node("a")
b = Node("b")
a.o = b
b.o = a
del a, b
gc.disable()
print("end of program")
