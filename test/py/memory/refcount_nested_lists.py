import sys
row = [0] * 3
grid = [row, row, row]
print(sys.getrefcount(row))
grid2 = [row[:] for _ in range(3)]
print(sys.getrefcount(row), [sys.getrefcount(r) for r in grid2])
grid = None
print(sys.getrefcount(row))
m = [[0] * 2] * 4
print(sys.getrefcount(m[0]))
