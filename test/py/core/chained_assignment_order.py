a = b = c = []
a.append(1)
print(a, b, c, a is c)
x = y = 5
x += 1
print(x, y)
i = 0
lst = [10, 20, 30]
i, lst[i] = 1, 99
print(i, lst)
def val(tag, v):
    print("eval", tag)
    return v
d = {}
d[val("key", "k")] = val("value", 1)
print(d)
p, q = val("p", 1), val("q", 2)
print(p, q)
m = [0, 0]
m[0] = m[1] = val("shared", 7)
print(m)
