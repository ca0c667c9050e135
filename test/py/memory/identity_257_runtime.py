def make(n):
    return n + 1
a = make(256)
b = make(256)
print(a == b, a is b)
c = make(255)
d = make(255)
k = 256
print(c is d, c is k)
e = int("1000")
f = int("1000")
print(e is f)
lst = [make(i) for i in range(254, 260)]
lst2 = [make(i) for i in range(254, 260)]
print([p is q for p, q in zip(lst, lst2)])
print([int(str(v)) is int(str(v)) for v in (-6, -5, 0, 256, 257)])
