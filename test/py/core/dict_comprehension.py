sq = {x: x * x for x in range(6)}
print(sq)
print({v: k for k, v in sq.items() if k % 2})
print({c: "abcabc".count(c) for c in "abcabc"})
print({(i, j): i * j for i in range(3) for j in range(i)})
words = ["apple", "bob", "cat", "axe", "bee"]
by_first = {}
for w in words:
    by_first.setdefault(w[0], []).append(w)
print(by_first)
print({k: len(v) for k, v in by_first.items()})
x = 10
print({x: x for x in range(2)}, x)
