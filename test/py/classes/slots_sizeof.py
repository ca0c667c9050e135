import sys
class S0:
    __slots__ = ()
class S1:
    __slots__ = ("a",)
class S2:
    __slots__ = ("a", "b")
class S3:
    __slots__ = ("a", "b", "c")
class Plain:
    pass
for cls in [S0, S1, S2, S3, Plain]:
    print(cls.__name__, sys.getsizeof(cls()))
print(sys.getsizeof(S0), sys.getsizeof(S3), sys.getsizeof(Plain))
s = S3()
s.a = 1
s.b = "x" * 100
print(sys.getsizeof(s))
class SubS2(S2):
    __slots__ = ("c",)
print(sys.getsizeof(SubS2()))
class SubPlain(S2):
    pass
print(sys.getsizeof(SubPlain()))
class WithDict:
    __slots__ = ("a", "__dict__")
print(sys.getsizeof(WithDict()))
class WithWeak:
    __slots__ = ("a", "__weakref__")
print(sys.getsizeof(WithWeak()))
