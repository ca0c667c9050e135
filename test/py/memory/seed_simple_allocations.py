import sys
x = 42
name = "LabEx"
print(sys.getsizeof(x), sys.getsizeof(name), sys.getrefcount(x), sys.getrefcount(name))
obj = [1, 2, 3]
print(sys.getsizeof(obj))
def sample():
    var1 = []
    var2 = "xyz"
    return sys.getsizeof(var1), sys.getsizeof(var2), sys.getrefcount(var1)
print(sample())
print(sys.getsizeof(1), sys.getsizeof(2 ** 31), sys.getsizeof(1.0), sys.getsizeof(True))
