# Seed 003 (903cbe14ab4c2ea5): "Advanced Optimization Techniques / Memory Profiling".
# The article lost the indentation; it is restored here, the code is otherwise as written.
# Uses tracemalloc: expected to fail for now.
import tracemalloc
def memory_intensive_function():
    ## Large data processing
    data = [i ** 2 for i in range(100000)]
    return data
## Track memory allocation
tracemalloc.start()
result = memory_intensive_function()
snapshot = tracemalloc.take_snapshot()
## Print top memory blocks
top_stats = snapshot.statistics('lineno')
for stat in top_stats[:3]:
    print(stat)
