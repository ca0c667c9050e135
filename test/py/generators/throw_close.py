def worker():
    try:
        while True:
            try:
                value = yield
                print("processing", value)
            except ValueError as e:
                print("recovered from", e)
    finally:
        print("worker cleanup")

w = worker()
next(w)
w.send(1)
w.throw(ValueError("bad input"))
w.send(2)
w.close()
print("closed")
try:
    w.send(3)
except StopIteration:
    print("StopIteration after close")

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def simple():
    yield 1
g = simple()
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("KeyError", e)
print(list(g))
