# fsum is exactly rounded; prod and sumprod keep CPython's fast paths and fallbacks.
import math

print(sum([0.1] * 10), math.fsum([0.1] * 10))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([1e-16, 1, 1e16]), math.fsum([]), math.fsum([-0.0]), math.fsum(iter([1, 2, 3])))
print(math.fsum([2**53, 1, 1]), math.fsum([1e308, -1e308, 1.0]), math.fsum(x / 7 for x in range(100)))
print(math.fsum([math.inf, 1]), math.fsum([math.nan, 1]), math.fsum([-math.inf, -math.inf]))
for bad in [[1e308, 1e308], [math.inf, -math.inf], ['x'], [10**400], 5]:
    try:
        math.fsum(bad)
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(math.prod([]), math.prod([2, 3, 4]), math.prod(range(1, 21)), math.prod(range(1, 31)))
print(math.prod([1.5, 2, 4]), math.prod([2, 2.5]), math.prod([True, True]), math.prod([], start=7))
print(math.prod([2**62, 4]), math.prod([3, 'ab']), math.prod([[1, 2]], start=2), math.prod(['a'], start=3))
print(math.prod([0.5] * 3, start=4), math.prod((1, 2), start=2.0))
for call in [lambda: math.prod(), lambda: math.prod([1], 2), lambda: math.prod(iterable=[1]),
             lambda: math.prod([1], start=1, extra=2), lambda: math.prod(3), lambda: math.prod(['a', 'b'])]:
    try:
        print(call())
    except TypeError as e:
        print('TypeError', e)
print(math.sumprod([1, 2, 3], [4, 5, 6]), math.sumprod([0.1] * 10, [1] * 10), math.sumprod([], []))
print(math.sumprod([2**62, 2**62], [2, 2]), math.sumprod([1, 2.5], [True, 4]))
try:
    math.sumprod([1, 2], [3])
except ValueError as e:
    print(e)
