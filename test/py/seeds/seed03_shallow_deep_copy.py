# Seed 003 (903cbe14ab4c2ea5): "Shallow vs Deep Copy", as written.
import copy
## Shallow copy
original_list = [1, [2, 3], 4]
shallow_copy = copy.copy(original_list)
## Deep copy
deep_copy = copy.deepcopy(original_list)
# --- added (not in the article): observations so the program has output ---
import sys
print(shallow_copy, deep_copy)
print(shallow_copy is original_list, shallow_copy[1] is original_list[1], deep_copy[1] is original_list[1])
print(sys.getrefcount(original_list[1]), sys.getrefcount(deep_copy[1]))
original_list[1].append(5)
print(original_list, shallow_copy, deep_copy)
print(sys.getsizeof(original_list), sys.getsizeof(shallow_copy), sys.getsizeof(deep_copy))
