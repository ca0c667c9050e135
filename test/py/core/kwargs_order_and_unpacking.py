def show(*args, **kwargs):
    return args, list(kwargs.items())
print(show(1, 2, z=1, a=2, m=3))
print(show(*[1, 2], *(3,), **{"b": 1}, **{"a": 2}))
print(show(*"ab", 0, *range(2), k=1))
def pos(a, b, c):
    return a * 100 + b * 10 + c
print(pos(*[1, 2, 3]), pos(1, *[2, 3]), pos(**{"c": 3, "a": 1, "b": 2}), pos(1, c=3, **{"b": 2}))
try:
    show(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    pos(*[1, 2, 3, 4])
except TypeError as e:
    print("TypeError:", e)
