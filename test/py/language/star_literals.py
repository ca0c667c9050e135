a = [1, 2]
b = (3, 4)
c = {5, 6}
print([*a, *b, *sorted(c)])
print((*a, 0, *b))
print({*a, *b} == {1, 2, 3, 4})
print({**{"x": 1}, "y": 2, **{"x": 3}})
print([*"ab", *range(2), *{"k": None}])
print((*[],), [*()], {**{}})
d1 = {"a": 1, "b": 2}
d2 = {"b": 20, "c": 30}
print({**d1, **d2}, {**d2, **d1})
print(d1 | d2, {**d1, "b": 0})
nested = [*[*a, *[*b]]]
print(nested)
print(*[1, 2], *[3])
t = *a, *b
print(t, type(t).__name__)
s = {*"hello"}
print(sorted(s))
gen = (i for i in range(3))
print([*gen, *gen])
try:
    [*5]
except TypeError as e:
    print("TypeError:", e)
try:
    {**[1, 2]}
except TypeError as e:
    print("TypeError:", e)
