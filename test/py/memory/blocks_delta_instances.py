# A plain instance takes two blocks: the object and its values array.
import sys
class C: pass
warm = [C() for _ in range(40)]
del warm
N = 200
holder = [None] * N
res = [0] * 2
before = sys.getallocatedblocks()
for i in range(N):
    holder[i] = C()
res[0] = sys.getallocatedblocks() - before
for i in range(N):
    holder[i] = None
res[1] = sys.getallocatedblocks() - before
print("instances:", res[0])
print("released:", res[1])
