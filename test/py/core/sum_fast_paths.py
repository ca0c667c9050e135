# sum(): the int and float fast paths of builtin_sum_impl and 3.12's compensated float sum.
import sys
print(sum([0.1] * 10), sum([0.1] * 10) == 1.0)
print(sum([1e100, 1.0, -1e100, 1.0]))
print(sum([1, 2, 3]), sum([1, 2.5, 3]), sum([True, True, 2]))
print(sum([2**62, 2**62, 2**62]))
print(sum([1.5, 2**70, 1]))
print(sum([float('inf'), 1.0]), sum([float('inf'), -float('inf')]))
print(sum([-0.0]), sum([-0.0], -0.0), sum([], -0.0))
print(sum([[1], [2]], []))
print(sum(range(10), 100), sum([x / 3 for x in range(30)]))
print(sum([0.1, 0.2, 0.3], 1), sum([1e308, 1e308, -1e308]))
try:
    sum([1, 'a'])
except TypeError as e:
    print(e)
try:
    sum([1.5, 'a'])
except TypeError as e:
    print(e)
try:
    sum(iter([1.0, None]))
except TypeError as e:
    print(e)
a = sys.getallocatedblocks()
s = sum([1.0, 2.0, 3.0])
print(sys.getallocatedblocks() - a)
