import weakref


class Empty:
    __slots__ = ()


class OnlyA:
    __slots__ = ("a",)


class WithWeak:
    __slots__ = ("__weakref__",)


class AWithWeak:
    __slots__ = ("a", "__weakref__")


class Sub(OnlyA):
    pass


for cls in (Empty, OnlyA, WithWeak, AWithWeak, Sub):
    try:
        r = weakref.ref(cls())
        print(cls.__name__, "ok, dead at once:", r() is None)
    except TypeError as e:
        print(cls.__name__, "TypeError:", e)
    print("  has __weakref__:", hasattr(cls, "__weakref__"))
x = AWithWeak()
r = weakref.ref(x)
print(x.__weakref__ is r)
