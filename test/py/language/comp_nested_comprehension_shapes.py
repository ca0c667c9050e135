grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(grid)
print([[grid[c][r] for c in range(3)] for r in range(3)])
print([sum(row) for row in grid], sum(sum(row) for row in grid))
print([[v for v in row if v % 2] for row in grid])
flat = [v for row in grid for v in row]
print(flat)
print({r: {c: grid[r][c] for c in range(r + 1)} for r in range(3)})
print([[[i, j, k] for k in range(2)] for i in range(2) for j in range(1)])
print([list(range(n)) for n in range(4)])
ident = [[1 if i == j else 0 for j in range(4)] for i in range(4)]
for row in ident:
    print(" ".join(map(str, row)))
print([[y for y in range(x)] for x in range(3) if x])
