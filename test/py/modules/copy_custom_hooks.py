import copy
class Tracked:
    copies = 0
    def __init__(self, items):
        self.items = items
    def __copy__(self):
        Tracked.copies += 1
        return Tracked(self.items)
    def __deepcopy__(self, memo):
        Tracked.copies += 10
        return Tracked(copy.deepcopy(self.items, memo))
t = Tracked([1, [2]])
a = copy.copy(t)
b = copy.deepcopy(t)
print(Tracked.copies, a.items is t.items, b.items is t.items, b.items == t.items)
class WithReduce:
    def __init__(self, v):
        self.v = v
    def __reduce__(self):
        return (WithReduce, (self.v * 2,))
print(copy.copy(WithReduce(3)).v, copy.deepcopy(WithReduce(4)).v)
class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
root = Node("root")
child = Node("child")
root.children.append(child)
child.parent = root
clone = copy.deepcopy(root)
print(clone.children[0].parent is clone, clone.children[0] is child)
print(copy.copy(len) is len, copy.deepcopy(Node) is Node)
class Slotted:
    __slots__ = ("a", "b")
s = Slotted(); s.a = [1]
u = copy.deepcopy(s)
print(u.a, u.a is s.a, hasattr(u, "b"))
