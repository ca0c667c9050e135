# Subclasses of itertools types: reprs use the subclass name, extra attributes and methods
import itertools, sys

class MyCount(itertools.count):
    pass
class MyRepeat(itertools.repeat):
    def __init__(self, *args):
        self.note = "made"
class Chain2(itertools.chain):
    def __next__(self):
        return super().__next__() * 2
class Slotted(itertools.cycle):
    __slots__ = ("tag",)

print(repr(MyCount(3)), repr(MyCount(1, 2)), repr(MyRepeat("x", 2)))
m = MyCount(5)
m.extra = 1
print(next(m), next(m), m.extra, m.__dict__)
r = MyRepeat("y", 2)
print(r.note, list(r))
print(list(Chain2([1, 2], [3])), list(Chain2.from_iterable(["ab"])), type(Chain2.from_iterable([])).__name__)
s = Slotted("ab")
s.tag = 7
print(next(s), next(s), next(s), s.tag)
print(isinstance(m, itertools.count), issubclass(Chain2, itertools.chain), type(m).__name__)
print(sys.getsizeof(itertools.count()) < sys.getsizeof(MyCount()))
try:
    class Bad(itertools._grouper):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    itertools.count().x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    itertools.count.x = 1
except TypeError as e:
    print("TypeError:", e)
