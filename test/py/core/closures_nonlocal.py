def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1 = counter()
c2 = counter()
print(c1(), c1(), c1(), c2())

def adders():
    return [lambda x, n=n: x + n for n in range(3)]
print([a(10) for a in adders()])

def outer():
    x = "outer"
    def mid():
        def inner():
            return x
        return inner
    return mid()()
print(outer())

def make_acc(total):
    def add(n):
        nonlocal total
        total += n
        return total
    return add
acc = make_acc(100)
print(acc(10), acc(-5))
print(c1.__closure__[0].cell_contents, counter.__code__.co_cellvars, c1.__code__.co_freevars)
