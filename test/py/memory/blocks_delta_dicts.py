# Dicts: empty dicts have no keys block; str-keyed 8-slot key tables have their
# own free list; int keys need a general (24-byte entry) table.
import sys
N = 250
holder = [None] * N
res = [0] * 4
warm = [{"k": i} for i in range(200)]
del warm
before = sys.getallocatedblocks()
for i in range(N):
    holder[i] = {}
res[0] = sys.getallocatedblocks() - before
for i in range(N):
    holder[i] = {"k": i}
res[1] = sys.getallocatedblocks() - before
for i in range(N):
    holder[i] = {i: i}
res[2] = sys.getallocatedblocks() - before
for i in range(N):
    holder[i] = None
res[3] = sys.getallocatedblocks() - before
print("empty dicts:", res[0])
print("one-key dicts:", res[1])
print("int-key dicts:", res[2])
print("released:", res[3])
