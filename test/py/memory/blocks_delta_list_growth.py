# Containers own separately allocated buffers: a list's item array, a dict's
# keys table, a set's table once it outgrows the 8 embedded slots.
import sys
res = [0] * 4
before = sys.getallocatedblocks()
big = []
for i in range(100):
    big.append(None)
res[0] = sys.getallocatedblocks() - before
big.clear()
res[1] = sys.getallocatedblocks() - before
d = {}
for i in range(10):
    d[i] = None
res[2] = sys.getallocatedblocks() - before
s = set()
for i in range(10):
    s.add(None if i == 0 else -i)
res[3] = sys.getallocatedblocks() - before
print(res)
