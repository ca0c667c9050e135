import sys
x = [1, 2, 3]
y = x
z = x
print(sys.getrefcount(x))
def modify_list(lst):
    lst.append(4)
numbers = [1, 2, 3]
modify_list(numbers)
print(numbers)
print(sys.getrefcount(numbers))
