def collatz_max(limit):
    best, best_n = 0, 0
    n = 1
    while n < limit:
        steps, x = 0, n
        while x != 1:
            x = 3 * x + 1 if x & 1 else x >> 1
            steps += 1
        if steps > best:
            best, best_n = steps, n
        n += 1
    return best_n, best
print(collatz_max(1000))
stack = [1]
seen = []
while stack:
    node = stack.pop()
    if node > 20:
        continue
    seen.append(node)
    stack.extend([node * 2, node * 2 + 1])
print(seen)
