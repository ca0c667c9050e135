# Blocks are returned as soon as the last reference goes away.
import sys
res = [0] * 3
warm = [[] for _ in range(100)]
del warm
before = sys.getallocatedblocks()
data = [[i, str(i)] for i in range(1000, 1100)]
res[0] = sys.getallocatedblocks() - before
alias = data
del data
res[1] = sys.getallocatedblocks() - before
n = len(alias)
alias = None
res[2] = sys.getallocatedblocks() - before
print("with data:", res[0])
print("alias keeps it:", res[1], n)
print("all dropped:", res[2])
