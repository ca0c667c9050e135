a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = "xyz"
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
(a, b), c = (1, 2), 3
print(a, b, c)
first, (second, *rest) = 0, [1, 2, 3]
print(first, second, rest)
x, y = y, x = 1, 2
print(x, y)
print([*range(3), *"ab", *[9]], (*[1, 2], 3), {*[1, 1, 2]}, {**{"a": 1}, "b": 2, **{"a": 3}})
for i, (k, v) in enumerate({"p": 1, "q": 2}.items()):
    print(i, k, v)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
