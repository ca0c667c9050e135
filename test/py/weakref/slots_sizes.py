import sys


class Plain:
    pass


class Empty:
    __slots__ = ()


class OnlyA:
    __slots__ = ("a",)


class WithWeak:
    __slots__ = ("__weakref__",)


class AWithWeak:
    __slots__ = ("a", "__weakref__")


for cls in (Plain, Empty, OnlyA, WithWeak, AWithWeak):
    print(cls.__name__, sys.getsizeof(cls()))
