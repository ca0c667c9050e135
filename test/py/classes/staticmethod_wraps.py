# staticmethod and classmethod copy the wrapped callable's __module__, __name__,
# __qualname__, __doc__ and __annotations__ into their own __dict__ (3.10+).
import gc
import sys


def plain(x: int) -> str:
    "a docstring"
    return str(x)


def bare():
    pass


class A:
    @staticmethod
    def s(a, b=1):
        "static doc"

    @classmethod
    def c(cls):
        pass


sm = staticmethod(plain)
print(sm.__dict__)
print(sm.__name__, sm.__qualname__, sm.__doc__, sm.__module__, sm.__annotations__)
print(sorted(classmethod(bare).__dict__))
print(bare.__dict__, bare.__annotations__)
print(A.__dict__["s"].__dict__)
print(A.__dict__["c"].__qualname__, A.__dict__["c"].__wrapped__ is A.c.__func__)
print(classmethod(None).__dict__)
print(gc.is_tracked(sm.__dict__), sys.getsizeof(sm.__dict__) > 0)
sm.extra = 5
print(sm.__dict__["extra"])
