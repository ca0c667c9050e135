print(id([]) == id([]), id({}) == id({}), id(object()) == id(object()))
print([] is [], {} is {}, object() is object())
print(id(set()) == id(set()), id([1, 2]) == id([3, 4]))
def f():
    return [1]
print(id(f()) == id(f()))
x = [5]
print(id(x) == id([5]))
