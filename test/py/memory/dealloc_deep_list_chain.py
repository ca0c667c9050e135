# Freeing a 1,000,000-deep chain of nested lists must not overflow the stack
# (CPython's trashcan). Automatic collections during the build may empty the
# free lists, so the block count after del is only checked to be back near the start.
import sys
before = sys.getallocatedblocks()
node = None
for i in range(1000000):
    node = [node]
built = sys.getallocatedblocks() - before
print("built at least 2 blocks per list:", built >= 1999000)
del node
after = sys.getallocatedblocks() - before
print("all freed:", -3000 < after < 100)
