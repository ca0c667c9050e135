import sys

calls = 0
def ack(m, n):
    global calls
    calls += 1
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))

for m in range(3):
    print([ack(m, n) for n in range(5)])
calls = 0
print(ack(2, 3), calls)
calls = 0
print(ack(3, 3), calls)

depth = 0
max_depth = 0
def ack_depth(m, n):
    global depth, max_depth
    depth += 1
    max_depth = max(max_depth, depth)
    try:
        if m == 0:
            return n + 1
        if n == 0:
            return ack_depth(m - 1, 1)
        return ack_depth(m - 1, ack_depth(m, n - 1))
    finally:
        depth -= 1
print(ack_depth(2, 4), max_depth, depth)
print(sys.getrecursionlimit())
