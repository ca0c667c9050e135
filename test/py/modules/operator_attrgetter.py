# attrgetter: plain and dotted names, several at once, repr and errors.
import operator as op

class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
    def __repr__(self):
        return f'Node({self.name!r})'
tree = Node('root', Node('kid', Node('grandkid')))
print(op.attrgetter('name')(tree), op.attrgetter('child.name')(tree), op.attrgetter('child.child.name')(tree))
print(op.attrgetter('name', 'child', 'child.child.name')(tree))
print(op.attrgetter('real', 'imag')(3 + 4j), op.attrgetter('__class__.__name__')(1.5))
nodes = [Node('b'), Node('c'), Node('a')]
print(sorted(nodes, key=op.attrgetter('name')), min(nodes, key=op.attrgetter('name')))
print(repr(op.attrgetter('x')), repr(op.attrgetter('a.b.c')), repr(op.attrgetter('x', 'y.z')))
print(op.attrgetter('a.b', 'c').__reduce__(), op.attrgetter('q').__reduce__())
print(type(op.attrgetter('x')), type(op.attrgetter('x')).__name__)
name = ''.join(['na', 'me'])
print(op.attrgetter(name)(tree), op.attrgetter(name + '.upper')(Node('s'))())
for call in [lambda: op.attrgetter(), lambda: op.attrgetter(1), lambda: op.attrgetter('x', 2),
             lambda: op.attrgetter('x', k=1), lambda: op.attrgetter('nope')(tree),
             lambda: op.attrgetter('child.nope')(tree), lambda: op.attrgetter('child.child.child.name')(tree),
             lambda: op.attrgetter('name')(), lambda: op.attrgetter('name')(tree, tree),
             lambda: op.attrgetter('')(tree), lambda: op.attrgetter('a..b')(tree)]:
    try:
        print(call())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
