words = ["apple", "avocado", "banana", "blueberry", "cherry", "apple"]
print(sorted({w[0] for w in words}))
print({w: len(w) for w in words})
print({len(w): w for w in words})
by_letter = {k: [w for w in words if w[0] == k] for k in sorted({w[0] for w in words})}
print(by_letter)
print({(i, j): i * j for i in range(3) for j in range(3) if i <= j})
inverted = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inverted)
print(sorted({x % 5 for x in range(100) if x % 7 == 0}))
print({k: {c for c in k} == set(k) for k in ["ab", "ba"]})
print(dict((i, i ** 2) for i in range(4)) == {i: i ** 2 for i in range(4)})
print({i: j for i, j in zip("abc", range(10))})
print(len({i % 3: i for i in range(10)}), {i % 3: i for i in range(10)})
print(frozenset(x for x in "hello") == {x for x in "olleh"})
