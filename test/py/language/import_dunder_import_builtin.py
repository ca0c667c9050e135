def load(names):
    for n in names:
        try:
            return __import__(n)
        except ImportError as e:
            print("no module", n, e.name)
    return None

print(load(["nope_one", "nope_two", "functools"]).__name__)
m = __import__("math")
print(m.__name__, m.floor(3.5))
print(__import__("collections").deque([1, 2]))
