# repr of a deeply nested list hits the C recursion limit (1500 in 3.12.1),
# which sys.setrecursionlimit does not change.
import sys
sys.setrecursionlimit(100)
deepest = 0
for depth in (1000, 1490, 1496, 1497, 1600):
    x = []
    for _ in range(depth):
        x = [x]
    try:
        repr(x)
        deepest = depth
    except RecursionError as e:
        print(depth, "RecursionError:", e)
print("deepest ok:", deepest)
x = []
for _ in range(3000):
    x = [x]
print(x)
