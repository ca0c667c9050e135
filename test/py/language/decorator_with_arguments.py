def repeat(times, sep="-"):
    print("building repeat", times)
    def decorate(func):
        print("decorating", func.__name__)
        def wrapper(*args):
            return sep.join(str(func(*args)) for _ in range(times))
        return wrapper
    return decorate

@repeat(3)
def one():
    return 1

@repeat(2, sep="+")
def double(x):
    return x * 2

print(one())
print(double(21))

def prefix(text):
    return lambda f: (lambda *a: text + f(*a))

@prefix("<")
@prefix("[")
def name(n):
    return n

print(name("x"))
deco = repeat(1)
print(deco(len)("abc"))
