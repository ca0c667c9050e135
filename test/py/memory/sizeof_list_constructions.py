import sys
def cap(l):
    return (sys.getsizeof(l) - 56) // 8
for n in range(0, 10):
    print(n, cap(list(range(n))), cap([0] * n), cap([i for i in range(n)]), cap(list(tuple(range(n)))), cap(list(range(n))[:]))
src = list(range(10))
print(cap(src.copy()), cap(src[:3]), cap(src + src), cap(src * 2), cap(list("abcde")), cap(sorted(src)))
x = []
x.extend(range(7))
y = []
y.extend([1, 2, 3])
z = []
z += "ab"
print(cap(x), cap(y), cap(z))
