import sys
def cap(l):
    return (sys.getsizeof(l) - 56) // 8
l = list(range(100))
print(cap(l))
caps = []
while l:
    l.pop()
    c = cap(l)
    if not caps or caps[-1][1] != c:
        caps.append((len(l), c))
print(caps)
m = list(range(50))
del m[10:]
print(len(m), cap(m))
m.clear()
print(cap(m), sys.getsizeof(m))
n = [1, 2, 3, 4, 5, 6, 7, 8, 9]
n[2:] = []
print(cap(n))
