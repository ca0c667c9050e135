def inner(n):
    for i in range(n):
        received = yield i
        if received:
            print("inner got", received)
    return n * 10

def outer():
    a = yield from inner(2)
    print("inner returned", a)
    b = yield from inner(1)
    print("inner returned", b)
    yield from [100, 200]
    yield from "xy"
    return a + b

g = outer()
print(next(g))
print(g.send("hello"))
print(list(g))

def chain(*iterables):
    for it in iterables:
        yield from it

print(list(chain([1, 2], (3,), range(4, 6), {7: "x"})))
