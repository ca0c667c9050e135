a = [[1, 2], [3, 4]]
b = [[5, 6], [7, 8]]
def matmul(x, y):
    return [[sum([x[i][k] * y[k][j] for k in range(len(y))]) for j in range(len(y[0]))] for i in range(len(x))]
print(matmul(a, b))
print([list(r) for r in zip(*a)])
ident = [[1 if i == j else 0 for j in range(3)] for i in range(3)]
print(ident)
grid = [["."] * 4 for _ in range(3)]
grid[1][2] = "#"
print("\n".join(["".join(r) for r in grid]))
print(sum([sum(r) for r in a]), max([max(r) for r in b]))
