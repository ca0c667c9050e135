class Adder:
    def __init__(self, n):
        self.n = n
        self.calls = 0
    def __call__(self, x, *rest, scale=1):
        self.calls += 1
        return (self.n + x + sum(rest)) * scale

add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10))
print(add5.calls, callable(add5), callable(Adder), callable(5))
print(list(map(add5, [10, 20])))
print(sorted([3, 1, 2], key=Adder(0)))
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)
class Factory:
    def __call__(self):
        return Factory()
f = Factory()
print(type(f()()()).__name__)
a = Adder(1)
a.__call__ = lambda x: "instance attr ignored"
print(a(1))
try:
    add5()
except TypeError as e:
    print("TypeError:", e)
