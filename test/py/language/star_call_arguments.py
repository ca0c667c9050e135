def show(*args, **kwargs):
    return f"args={args} kwargs={sorted(kwargs.items())}"

nums = [1, 2, 3]
opts = {"sep": "-", "end": "!"}
print(show(*nums))
print(show(0, *nums, 4, *"ab"))
print(show(**opts))
print(show(*nums, key=1, **opts))
print(show(**{"a": 1}, **{"b": 2}, c=3))
print(show(*range(2), *(x * x for x in range(3))))
print(show(*{}, **{}))
print(*nums, sep=", ")
print(*"star", **opts)
print()
def pos(a, b, c):
    return a * 100 + b * 10 + c
print(pos(*[1, 2], 3), pos(1, *(2, 3)), pos(**{"c": 3, "a": 1, "b": 2}))
print(pos(1, **{"b": 2, "c": 3}))
for bad in [lambda: pos(*[1, 2, 3, 4]), lambda: pos(1, **{"a": 1, "b": 2, "c": 3}),
            lambda: show(**{"x": 1}, x=2), lambda: show(*5), lambda: show(**[1]),
            lambda: show(**{1: 2})]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
