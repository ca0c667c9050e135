# Where the memory of collections objects comes from, seen through
# sys.getallocatedblocks(): deque blocks (528 bytes) are above pymalloc's 512-byte
# limit and come from malloc, while OrderedDict nodes (32 bytes) and its fast-nodes
# array are pymalloc blocks; a deque keeps up to 16 spare blocks of its own.
# (Counts are kept in a preallocated list and printed at the end: printing between
# two measurements would count the output machinery's blocks too.)
import sys
from collections import deque, OrderedDict, defaultdict
b = [0] * 12
b[0] = sys.getallocatedblocks()
d = deque()
b[1] = sys.getallocatedblocks()
d.extend(range(1000, 1500))
b[2] = sys.getallocatedblocks()
for i in range(400):
    d.popleft()
b[3] = sys.getallocatedblocks()
size = sys.getsizeof(d)
del d
b[4] = sys.getallocatedblocks()
od = OrderedDict()
b[5] = sys.getallocatedblocks()
for k in ("a", "b", "c"):
    od[k] = None
b[6] = sys.getallocatedblocks()
del od["b"]
b[7] = sys.getallocatedblocks()
od.clear()
b[8] = sys.getallocatedblocks()
dd = defaultdict(int)
b[9] = sys.getallocatedblocks()
dd["x"] += 1
b[10] = sys.getallocatedblocks()
print(size, [b[i + 1] - b[i] for i in range(10)])
