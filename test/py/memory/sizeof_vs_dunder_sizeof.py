# sys.getsizeof(o) - o.__sizeof__() is 16 for GC types (PyGC_Head) and 0 otherwise.
import sys
objs = [0, 2 ** 100, 1.5, "abc", "\u0100", b"abc", (), (1, 2), [], [1, 2, 3], {}, {1: 2}, set(), frozenset([1]), range(3), None, True, 1j]
for o in objs:
    print(type(o).__name__, sys.getsizeof(o), o.__sizeof__(), sys.getsizeof(o) - o.__sizeof__())
