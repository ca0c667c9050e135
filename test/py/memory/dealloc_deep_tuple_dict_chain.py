# Deep chains of 1-tuples and of dicts are freed without recursion overflow.
import sys
before = sys.getallocatedblocks()
t = ()
for i in range(200000):
    t = (t,)
print("tuples built:", sys.getallocatedblocks() - before > 190000)
t = None
print("tuples freed:", -5000 < sys.getallocatedblocks() - before < 2100)
d = {}
for i in range(200000):
    d = {"next": d}
print("dicts built:", sys.getallocatedblocks() - before > 390000)
d = None
print("dicts freed:", -5000 < sys.getallocatedblocks() - before < 2100)
print(len(str(t)), len(d) if d else 0)
