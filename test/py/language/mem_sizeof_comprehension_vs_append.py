import sys

def appended(n):
    out = []
    for i in range(n):
        out.append(i)
    return out

for n in [0, 1, 4, 5, 8, 9, 16, 17, 25, 100]:
    comp = [i for i in range(n)]
    app = appended(n)
    ctor = list(range(n))
    gen = list(i for i in range(n))
    mult = [0] * n
    print(n, sys.getsizeof(comp), sys.getsizeof(app), sys.getsizeof(ctor), sys.getsizeof(gen), sys.getsizeof(mult))

filtered = [i for i in range(100) if i % 3 == 0]
print(len(filtered), sys.getsizeof(filtered), sys.getsizeof(list(filtered)), sys.getsizeof(filtered[:]))
nested = [[j for j in range(i)] for i in range(4)]
print([sys.getsizeof(row) for row in nested])
print(sys.getsizeof([*range(10)]), sys.getsizeof([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]))
c = [i for i in range(9)]
c.pop()
print(sys.getsizeof(c))
c.clear()
print(sys.getsizeof(c))
