first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
a, *mid, z = (1, 2)
print(a, mid, z)
*everything, = {"k": 1, "j": 2}
print(everything)
(p, *q), r = [1, 2, 3], 4
print(p, q, r)
[x, [y, *ys], *zs] = [0, [1, 2, 3], 4, 5]
print(x, y, ys, zs)
for head, *tail in [(1, 2, 3), (4,), "xy"]:
    print(head, tail)
h, *t = iter([9, 8, 7])
print(h, t, type(t).__name__)
data = {}
data["a"], *data["b"] = 1, 2, 3
print(data)
class Obj:
    pass
o = Obj()
*o.items, o.last = [1, 2, 3]
print(o.items, o.last)
