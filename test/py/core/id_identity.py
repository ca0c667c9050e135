a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(b), id(a) == id(c), a is b, a is c, a == c)
print(id(None) == id(None), None is None, id(len) == id(len))
x = "text"
y = x
print(id(x) == id(y), type(id(x)).__name__, id(x) > 0)
def f(o):
    return id(o)
print(f(a) == id(a), id(a) != id(c))
