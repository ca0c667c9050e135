# Seed 000 (528cf9ec71333ff7): "track memory usage with memory-profiler".
# The article prints this example on a single line with its line breaks lost
# ("from memory_profiler import profile@profiledef test_function():    data = ...");
# only the line breaks and indentation are restored here.
# Needs memory_profiler, which CPython lacks on this machine: expected to fail for now.
from memory_profiler import profile
@profile
def test_function():
    data = [i for i in range(100000)]  # Allocating large memory
    return data
test_function()
