class Singleton:
    _instance = None
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, value):
        print("__init__", value)
        self.value = value
a = Singleton(1)
b = Singleton(2)
print(a is b, a.value, b.value)
class NotSelf:
    def __new__(cls):
        print("NotSelf.__new__")
        return 42
    def __init__(self):
        print("never called")
print(NotSelf())
class Returns:
    def __new__(cls):
        return []
    def __init__(self):
        print("never")
print(Returns())
class Sub(Singleton):
    _instance = None
c = Sub(3)
print(c is a, type(c).__name__, c.value, a.value)
try:
    object.__new__(Singleton, 1)
except TypeError as e:
    print("TypeError:", e)
class Bare:
    pass
try:
    Bare(1)
except TypeError as e:
    print("TypeError:", e)
