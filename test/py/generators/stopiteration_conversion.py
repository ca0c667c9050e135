def gen():
    yield 1
    raise StopIteration("oops")

try:
    for x in gen():
        print(x)
except RuntimeError as e:
    print("RuntimeError:", e)
    print(type(e.__cause__).__name__, e.__cause__)

def gen2():
    yield 1
    next(iter([]))

g = gen2()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e)
