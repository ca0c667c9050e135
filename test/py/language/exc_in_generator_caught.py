def numbers():
    yield 1
    yield 2
    raise ValueError("generator broke")
    yield 3

got = []
try:
    for n in numbers():
        got.append(n)
except ValueError as e:
    print("caught", e, "after", got)

g = numbers()
print(next(g), next(g))
try:
    next(g)
except ValueError as e:
    print("caught again", e)
print(next(g, "exhausted"))

def guarded(src):
    for item in src:
        try:
            yield 10 / item
        except ZeroDivisionError:
            yield "div0"
print(list(guarded([1, 0, 4])))

def drain(gen):
    out = []
    try:
        for item in gen:
            out.append(item)
    except Exception as e:
        return type(e).__name__, str(e), out
print(drain(numbers()))
print(drain(10 // x for x in [5, 2, 0, 1]))
