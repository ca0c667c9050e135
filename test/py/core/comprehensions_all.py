print([x * 2 for x in range(5)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[j for j in range(i)] for i in range(4)])
print({x % 4 for x in range(10)})
print({x: x ** 2 for x in range(4)})
print([c.upper() for c in "abc"], [n if n > 2 else -n for n in range(5)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for row in matrix for i in range(len(row))])
print([[row[i] for row in matrix] for i in range(3)])
x = "outer"
print([x for x in "ab"], x)
print(sum([i for i in range(101)]), max([len(w) for w in ["a", "abc", "ab"]]))
print([y for x in [[1, 2], [3]] for y in x if y != 2])
