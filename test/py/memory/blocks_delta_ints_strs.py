# ints and strs have no free list: one block each (a 600-char str is a raw
# malloc block, still counted); small ints are preallocated.
import sys
N = 200
holder = [None] * N
res = [0] * 5
big = 10 ** 20
n600 = int("600")
n20 = int("20")
before = sys.getallocatedblocks()
for i in range(N):
    holder[i] = big + i
res[0] = sys.getallocatedblocks() - before
for i in range(N):
    holder[i] = i
res[1] = sys.getallocatedblocks() - before
for i in range(N):
    holder[i] = "s" * n600
res[2] = sys.getallocatedblocks() - before
for i in range(N):
    holder[i] = "t" * n20
res[3] = sys.getallocatedblocks() - before
for i in range(N):
    holder[i] = None
res[4] = sys.getallocatedblocks() - before
print("big ints:", res[0])
print("small ints:", res[1])
print("600-char strs:", res[2])
print("20-char strs:", res[3])
print("released:", res[4])
