# Subclasses of deque: repr uses the class name, copy() calls the class, instances get a
# __dict__ and can be weakly referenced (deque itself supports weakrefs too).
import sys, weakref
from collections import deque
class Stack(deque):
    def push(self, x):
        self.append(x)
class Tagged(deque):
    def __init__(self, items=(), tag=None):
        super().__init__(items)
        self.tag = tag
s = Stack([1, 2])
s.push(3)
print(s, type(s.copy()).__name__, s.copy() == s, isinstance(s, deque))
print(Stack("ab", 1), repr(Stack()))
t = Tagged("xy", tag="T")
print(t, t.tag, len(t))
s.name = "stack"
print(s.name, s.__dict__)
print(sys.getsizeof(Stack()) - sys.getsizeof(deque()))
d = deque([1])
r = weakref.ref(d)
print(r() is d)
del d
print(r())
class Bounded(deque):
    pass
b = Bounded(range(5), maxlen=3)
print(b, b.copy(), type(b + b).__name__)
print(Bounded.__mro__)
