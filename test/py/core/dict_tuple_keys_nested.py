grid = {}
for x in range(3):
    for y in range(2):
        grid[(x, y)] = x * 10 + y
print(grid)
print(grid[(2, 1)], grid.get((5, 5), "none"), (1, 1) in grid)
print(sorted(grid, key=lambda p: (-p[1], p[0])))
inverted = {v: k for k, v in grid.items()}
print(inverted[21])
tree = {}
for path in ["a/b/c", "a/b/d", "a/e", "f"]:
    node = tree
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(tree)
