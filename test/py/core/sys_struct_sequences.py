# sys's struct sequences (version_info, int_info, float_info, hash_info) and sys.implementation (a SimpleNamespace)
import sys
print(sys.int_info); print(sys.float_info); print(sys.hash_info); print(sys.version_info)
print(type(sys.version_info).__name__, type(sys.version_info).__qualname__, type(sys.version_info).__module__)
try: type(sys.version_info)()
except TypeError as e: print(e)
try: sys.version_info.major = 4
except AttributeError as e: print(e)
print(sys.version_info[0], sys.version_info[-1], sys.version_info[1:3], sys.version_info == (3,12,1,'final',0), hash(sys.version_info) == hash((3,12,1,'final',0)), isinstance(sys.version_info, tuple))
print(sys.getsizeof(sys.version_info), sys.getsizeof(sys.float_info), sys.getrefcount(sys.version_info), len(sys.hash_info))
print(sys.version_info >= (3, 12), sys.version_info < (3, 13), tuple(sys.version_info), list(sys.int_info))
print(type(sys.version_info).__mro__)
major, minor, *rest = sys.version_info
print(major, minor, rest, sys.float_info.epsilon, sys.float_info.max * 2)
print(sys.implementation, sys.getsizeof(sys.implementation), type(sys.implementation))
print(sys.implementation.version is sys.version_info, vars(sys.implementation))
sys.implementation.foo = 1; print(sys.implementation.foo, sys.implementation.name, sys.implementation.hexversion == sys.hexversion if hasattr(sys, "hexversion") else "")
