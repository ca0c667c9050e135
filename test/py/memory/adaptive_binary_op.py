# CPython 3.12's specialised BINARY_OP, where it shows: float results written into a
# temporary operand, and `s += t` on a local growing the string in place.
import sys

def grow(n):
    s = "start"
    ids = set()
    for i in range(n):
        s += "x"
        ids.add(id(s))
    return len(s), len(ids)

print(grow(10))
print(grow(200))

def grow_shared(n):
    s = "start"
    keep = []
    ids = set()
    for i in range(n):
        keep.append(s)      # another reference: no growing in place
        s += "x"
        ids.add(id(s))
    return len(ids)

print(grow_shared(20))

def grow_assign(n):
    s = "ab"
    first = None
    same = 0
    for i in range(n):
        s = s + "cd"
        if first is None:
            first = id(s)
        elif id(s) == first:
            same += 1
    return same

print(grow_assign(30))

def hashed(n):
    s = "q" * 3
    d = {}
    ids = set()
    for i in range(n):
        s += "z"
        d[s] = i           # hashing the string stops in-place growth
        ids.add(id(s))
    return len(ids)

print(hashed(10))

def float_ids(n):
    ids = []
    x = 1.5
    for i in range(n):
        y = x * 2.0 + 1.0
        ids.append(id(y))
        del y
    return len(set(ids))

print(float_ids(10))

def blocks_while_growing():
    s = "".join(["a", "b"])
    before = sys.getallocatedblocks()
    for i in range(100):
        s += "y"
    return sys.getallocatedblocks() - before, sys.getsizeof(s)

print(blocks_while_growing())
