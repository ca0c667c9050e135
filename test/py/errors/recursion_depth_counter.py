import sys
best = 0
def r(n):
    global best
    best = n
    r(n + 1)
try:
    r(1)
except RecursionError as e:
    print("caught", e, "at depth", best)
sys.setrecursionlimit(50)
try:
    r(1)
except RecursionError as e:
    print("caught again at depth", best)
r(1)
