# Repeating the same work allocates and frees the same blocks: no growth.
import sys
def work():
    tmp = [i * 2 for i in range(50)]
    d = {"a": tmp}
    return len(d["a"])
work()
before = sys.getallocatedblocks()
for _ in range(100):
    work()
delta = sys.getallocatedblocks() - before
print("delta after 100 calls:", delta)
