import sys
a, b, c, d, e = 1, 2, 3, 4, 5
print(sys.getsizeof([]), sys.getsizeof([1]), sys.getsizeof([1, 2]), sys.getsizeof([1, 2, 3]))
print(sys.getsizeof([1, 2, 3, 4]), sys.getsizeof([1, 2, 3, 4, 5]), sys.getsizeof([1, 2, 3, 4, 5, 6, 7]))
print(sys.getsizeof([a]), sys.getsizeof([a, b]), sys.getsizeof([a, b, c]), sys.getsizeof([a, b, c, d, e]))
print(sys.getsizeof(["x", "y", "z"]), sys.getsizeof([None, None, None]), sys.getsizeof([1.5, 2.5, 3.5]))
print(sys.getsizeof([a, 2, 3]), sys.getsizeof([[], [], []]), sys.getsizeof([(1,), (2,), (3,)]))
obj = [1, 2, 3]
print(sys.getsizeof(obj))
