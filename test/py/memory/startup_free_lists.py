# Start-up leaves tuples on their free lists (CPython 3.12.1: 5 8 3 1 1 1 0 0 2 0 1 0 1 1 0 0 1 2 0 0
# for sizes 1..20): a program's first tuples of a size cost no new block while those last.
import sys
x = int("3")
keep = [None] * 100
out = []
g = sys.getallocatedblocks
for n in range(1, 21):
    items = [x] * n
    free = 0
    for k in range(60):
        b = g()
        keep[k] = tuple(items)
        d = g() - b
        if d == 0:
            free += 1
        else:
            break
    out.append((n, free))
    for k in range(60):
        keep[k] = None
print(out)
