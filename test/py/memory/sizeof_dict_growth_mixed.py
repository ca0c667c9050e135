import sys
d = {}
sizes = []
for i in range(12):
    d[str(i) if i % 2 else i] = i
    sizes.append(sys.getsizeof(d))
print(sizes)
e = {}
e.update({i: i for i in range(7)})
print(sys.getsizeof(e))
f = dict.fromkeys("abcdefgh")
print(sys.getsizeof(f))
g = {"a": 1}
g.update(b=2, c=3, d=4, e=5)
print(sys.getsizeof(g))
g["f"] = 6
print(sys.getsizeof(g))
h = d.copy()
print(sys.getsizeof(h), sys.getsizeof(dict(d)))
