obj.count += 1
items[i] -= 1
grid[r][c] *= 2
a.b[1:2] += [3]
(x) |= mask
d[k, j] **= 2
