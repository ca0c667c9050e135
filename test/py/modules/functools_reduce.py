# reduce(): folding left, the initial value, laziness and CPython's messages
from functools import reduce
import functools, sys

print(reduce(lambda a, b: a + b, [1, 2, 3, 4, 5]))
print(reduce(lambda a, b: a * b, range(1, 8), 1), reduce(lambda a, b: a + b, [], "init"))
print(reduce(lambda a, b: b, [42]), reduce(lambda a, b: [b] + a, "abc", []))
print(reduce(max, [3, 9, 2]), reduce(lambda acc, s: acc + len(s), ["ab", "cde"], 0))

def trace(a, b):
    print("  call", a, b)
    return a + b
print(reduce(trace, iter([1, 2, 3])))

class Box:
    pass
b = Box()
base = sys.getrefcount(b)
print(reduce(lambda acc, x: acc, [1, 2], b) is b, sys.getrefcount(b) - base)
pairs = []
reduce(lambda a, x: pairs.append(x) or a, range(3), 0)
print(pairs, functools.reduce is reduce, type(reduce).__name__)

for args in [(), (len,), (len, 5), (lambda a, b: a, []), (len, [], 1, 2)]:
    try:
        reduce(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    reduce(function=len, iterable=[])
except TypeError as e:
    print("TypeError:", e)
try:
    reduce(lambda a, b: a / b, [1, 0])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
