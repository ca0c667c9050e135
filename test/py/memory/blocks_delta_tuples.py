# Tuples of each length up to 20 have their own free list (2000 each): tuples
# taken from it cost no new blocks, and freed tuples stay counted.
import sys
N = 250
holder = [None] * N
res = [0] * 3
x = int("3")
warm = [(x, i) for i in range(N)]
del warm
before = sys.getallocatedblocks()
for i in range(N):
    holder[i] = (x, i)
res[0] = sys.getallocatedblocks() - before
for i in range(N):
    holder[i] = (x, i, x, i, x, i, x, i, x, i, x, i, x, i, x, i, x)
res[1] = sys.getallocatedblocks() - before
for i in range(N):
    holder[i] = None
res[2] = sys.getallocatedblocks() - before
print("pairs from free list:", res[0])
print("17-tuples:", res[1])
print("released:", res[2])
