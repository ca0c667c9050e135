# Seed 003 (903cbe14ab4c2ea5): "Using memory_profiler". The article lost the indentation;
# it is restored here, the code is otherwise as written.
# Needs memory_profiler, which CPython lacks on this machine: expected to fail for now.
from memory_profiler import profile
@profile
def memory_heavy_function():
    large_list = [x for x in range(1000000)]
    return large_list
