# Seed 003 (903cbe14ab4c2ea5): "Memory Profiling" with tracemalloc (first example).
# The article lost the indentation of the for loop's body; it is restored here.
# Uses tracemalloc: expected to fail for now.
import sys
import tracemalloc
## Start memory tracking
tracemalloc.start()
## Your code here
x = [i for i in range(1000)]
## Get memory snapshot
snapshot = tracemalloc.take_snapshot()
top_stats = snapshot.statistics('lineno')
## Print memory usage
for stat in top_stats[:3]:
    print(stat)
