# A built-in module's __spec__ and __loader__ as importlib sets them.
import gc
import itertools
import sys
import builtins

for m in (gc, itertools, sys, builtins):
    print(m.__spec__)
    print(m.__loader__, repr(m.__package__))
spec = gc.__spec__
print(type(spec).__name__, type(spec).__module__, type(spec).__qualname__)
print(vars(spec))
print(spec.parent, repr(spec.cached), spec.has_location, spec.loader_state)
print(spec == spec, spec == itertools.__spec__, spec.__eq__(1))
print(spec.loader is gc.__loader__ is itertools.__loader__)
print(spec.origin is itertools.__spec__.origin)
print(gc.__loader__.is_package("gc"), gc.__loader__.get_code("gc"), gc.__loader__.get_source("gc"))
print(sys.getsizeof(spec), sys.getsizeof(spec._uninitialized_submodules))
print(sys.getrefcount(spec), sys.getrefcount(spec._uninitialized_submodules))
print(gc.is_tracked(spec), spec in gc.get_referrers(spec._uninitialized_submodules))
spec.has_location = 1
print(spec._set_fileattr, spec.has_location)
print(gc.__dict__["__spec__"] is spec, "__spec__" in dir(gc))
# the spec's list came off the free list: one fewer is left for the program
import _weakref
print(_weakref.__spec__._uninitialized_submodules == [], _weakref.__spec__.name)
