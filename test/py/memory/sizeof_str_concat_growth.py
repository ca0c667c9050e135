import sys
s = ""
sizes = []
for i in range(20):
    s += "\u00e9" if i == 10 else "a"
    sizes.append(sys.getsizeof(s))
print(sizes)
t = "x"
for i in range(5):
    t = t * 2
    print(len(t), sys.getsizeof(t))
u = "\u0100"
v = u + "\U0001F600"
print(sys.getsizeof(u), sys.getsizeof(v), sys.getsizeof(v[:1]), sys.getsizeof(v[1:]))
