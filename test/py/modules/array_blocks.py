# Allocated blocks: an array is one object block plus one buffer block (none when
# empty); CPython 3.12.1 leaks the wide-character buffer of array('u', '').
import array, sys
def blocks_of(make):
    make()
    before = sys.getallocatedblocks()
    keep = make()
    return sys.getallocatedblocks() - before
print(blocks_of(lambda: array.array('i')))
print(blocks_of(lambda: array.array('i', [1, 2])))
print(blocks_of(lambda: array.array('u', 'ab')))
print(blocks_of(lambda: array.array('u', '')))
before = sys.getallocatedblocks()
for i in range(5):
    array.array('u', '')
print(sys.getallocatedblocks() - before)
a = array.array('d')
before = sys.getallocatedblocks()
a.append(1.0)
print(sys.getallocatedblocks() - before)
del a[0]
print(sys.getallocatedblocks() - before)
