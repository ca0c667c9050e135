import math

def expensive(x):
    return x * x - 10

results = [y for x in range(6) if (y := expensive(x)) > 0]
print(results, y)
print([(x, r) for x in range(2, 30) if (r := math.isqrt(x)) ** 2 == x])
print({w: n for w in ["aa", "b", "cccc"] if (n := len(w)) > 1})
words = ["hello", "world", "hi"]
print([(w, c) for w in words if (c := w.count("l"))])
print(c)

def find_first_negative(rows):
    if any((neg := v) < 0 for row in rows for v in row):
        return neg
    return None
print(find_first_negative([[1, 2], [3, -4, -5]]), find_first_negative([[1]]))

total = 0
partial = [total := total + v for v in [10, 20, 30]]
print(partial, total)
pairs = [(i, sq) for i in range(5) if (sq := i * i) % 2 == 0]
print(pairs, sq)
print([[j := i * k for k in range(2)] for i in range(3)], j)
