# Deltas of sys.getallocatedblocks() are collected first and printed at the end,
# so that nothing kept by sys.stdout's write buffer falls inside a measurement.
import sys
N = 250
holder = [None] * N
res = [0] * 3
warm = [float(i) for i in range(200)]
del warm
before = sys.getallocatedblocks()
for i in range(N):
    holder[i] = float(i)
res[0] = sys.getallocatedblocks() - before
for i in range(N):
    holder[i] = None
res[1] = sys.getallocatedblocks() - before
for i in range(N):
    holder[i] = float(i)
res[2] = sys.getallocatedblocks() - before
print("floats:", res[0])
print("after release:", res[1])
print("again:", res[2])
