import sys
def modify_list(lst):
    print("inside:", sys.getrefcount(lst))
    lst.append(4)
numbers = [1, 2, 3]
before = sys.getsizeof(numbers)
modify_list(numbers)
print(numbers)
print(before, sys.getsizeof(numbers), sys.getrefcount(numbers))
original_list = [1, [2, 3], 4]
shallow = original_list[:]
print(shallow[1] is original_list[1], sys.getrefcount(original_list[1]))
