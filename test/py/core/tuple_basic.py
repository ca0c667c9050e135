t = (1, "two", 3.0, None)
print(t, t[1], t[-1], t[1:3], t[::-1], len(t))
print((), (1,), (1, 2) + (3,), (0,) * 3, tuple("ab"), tuple([1, 2]), tuple(range(3)))
print(t.count(1), t.index(3.0), 3.0 in t, (1, 2) < (1, 2, 3), (2,) > (1, 9))
single = 5,
print(single, type(single).__name__, len(single))
a, b, c = (1, 2, 3)
print(a, b, c)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0])
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    t.index(99)
except ValueError as e:
    print("ValueError:", e)
