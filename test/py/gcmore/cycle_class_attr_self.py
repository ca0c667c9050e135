import gc

gc.collect()


def build():
    class Node:
        pass
    Node.me = Node
    Node.registry = [Node]
    return Node.__name__


print(build())
# a class is collectable; the exact number of objects is what it is
first = gc.collect()
print("class with self attributes:", first)
print(build())
print("same again:", gc.collect() == first)


def build_sub():
    class Base:
        pass

    class Derived(Base):
        parent = Base
    Base.child = Derived
    return Derived.__mro__[1].__name__


print(build_sub())
print("base and subclass:", gc.collect() > first)
