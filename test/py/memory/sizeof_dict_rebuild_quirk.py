import sys
d = {"a": 1}
print(sys.getsizeof(d))
d[1] = 2
print(sys.getsizeof(d))
e = {i: i for i in range(5)}
for i in range(4):
    e.pop(i)
e[100] = 1
print(sys.getsizeof(e), e)
f = {"x": 1, "y": 2}
f[(1,)] = 3
print(sys.getsizeof(f))
g = {}
g[1.5] = 1
print(sys.getsizeof(g))
h = {"only": "strs"}
h["more"] = 1
print(sys.getsizeof(h))
