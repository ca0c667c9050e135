# Seed 003 (903cbe14ab4c2ea5): "Efficient Data Structures", as written.
## Comparing memory usage of different data structures
import sys
## List vs Generator
list_data = [x for x in range(10000)]
generator_data = (x for x in range(10000))
print(f"List memory: {sys.getsizeof(list_data)} bytes")
print(f"Generator memory: {sys.getsizeof(generator_data)} bytes")
