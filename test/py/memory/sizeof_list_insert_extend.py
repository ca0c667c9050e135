import sys
def cap(l):
    return (sys.getsizeof(l) - 56) // 8
l = []
caps = []
for i in range(30):
    l.insert(0, i)
    caps.append(cap(l))
print(caps)
m = [1]
m.extend(range(10))
print(cap(m))
m.extend([0] * 100)
print(cap(m))
n = []
n.extend((1, 2, 3, 4, 5))
print(cap(n))
n += [6]
print(cap(n))
o = [0] * 10
o[5:5] = [1, 2, 3]
print(cap(o))
