[[x * y for x in row] for row in matrix]
[x for x in [y for y in z]]
{k: [v for v in vs] for k, vs in groups}
[[(i, j) for j in range(i)] for i in range(3) if i]
