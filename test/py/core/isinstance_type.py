vals = [1, 1.0, True, "s", b"b", None, [1], (1,), {1: 2}, {1}, frozenset(), range(1), 1j, len, lambda: 0]
for v in vals:
    print(type(v).__name__, type(v) is int, isinstance(v, int), isinstance(v, (list, tuple)))
print(isinstance(True, bool), isinstance(1, bool), type(True) == bool, type(type(1)).__name__)
print(issubclass(int, object), issubclass(type, object), isinstance(int, type), isinstance(object, type))
print(type(None).__name__, type(...).__name__, type(NotImplemented).__name__)
