# The list free list keeps 80 list objects: creating 250 empty lists after
# filling it costs 170 new blocks; a 1-item list also needs an item array.
import sys
N = 250
holder = [None] * N
res = [0] * 4
warm = [[] for i in range(200)]
del warm
before = sys.getallocatedblocks()
for i in range(N):
    holder[i] = []
res[0] = sys.getallocatedblocks() - before
for i in range(N):
    holder[i] = None
res[1] = sys.getallocatedblocks() - before
for i in range(N):
    holder[i] = [i]
res[2] = sys.getallocatedblocks() - before
for i in range(N):
    holder[i] = None
res[3] = sys.getallocatedblocks() - before
print("empty lists:", res[0])
print("released:", res[1])
print("one-item lists:", res[2])
print("released again:", res[3])
