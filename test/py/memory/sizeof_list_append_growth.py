import sys
lst = []
prev = sys.getsizeof(lst)
print(0, prev)
for i in range(1, 200):
    lst.append(i)
    size = sys.getsizeof(lst)
    if size != prev:
        print(i, size, (size - 56) // 8)
        prev = size
print([].__sizeof__(), sys.getsizeof([]), sys.getsizeof(list()))
