def counter(n):
    i = 0
    while i < n:
        got = yield i
        if got is not None:
            print("received", got)
            i = got
        i += 1
    return "finished"

g = counter(5)
print(next(g), next(g))
print(g.send(3))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value, e.args)
print(list(counter(3)), tuple(counter(2)))
print(next(counter(0), "default"))
g = counter(1)
try:
    g.send(5)
except TypeError as e:
    print("TypeError:", e)
