import gc
import sys


class K:
    def m(self):
        pass


def func():
    yield 1


k = K()
print("instance", gc.is_tracked(k))
print("class", gc.is_tracked(K))
print("function", gc.is_tracked(func))
print("lambda", gc.is_tracked(lambda: 1))
print("module", gc.is_tracked(sys))
print("bound method", gc.is_tracked(k.m))
print("generator", gc.is_tracked(func()))
print("list iterator", gc.is_tracked(iter([])))
print("set", gc.is_tracked(set()))
print("frozenset", gc.is_tracked(frozenset()))
print("slice", gc.is_tracked(slice(1, 2)))
print("exception", gc.is_tracked(ValueError("x")))
print("property", gc.is_tracked(property()))
print("[]", gc.is_tracked([]))
k.a = 1
k.b = "two"
print("materialised atomic __dict__", gc.is_tracked(k.__dict__))
