import sys
def test_function():
    data = [i for i in range(100000)]
    return data
result = test_function()
print(len(result), sys.getsizeof(result))
list_data = [x for x in range(10000)]
print(f"List memory: {sys.getsizeof(list_data)} bytes")
def memory_intensive_function():
    data = [i ** 2 for i in range(100000)]
    return data
squares = memory_intensive_function()
print(len(squares), squares[-1], sys.getsizeof(squares))
