# hypot with any number of coordinates and dist between points (CPython's vector_norm).
import math

print(math.hypot(), math.hypot(-3), math.hypot(3, 4), math.hypot(1, 1), math.hypot(1, 2, 2))
print(math.hypot(1e308, 1e308), math.hypot(1e-320, 1e-320), math.hypot(*range(10)))
print(math.hypot(0.1, 0.2, 0.3, 0.4), math.hypot(True, 1), math.hypot(2**60, 1))
print(math.hypot(math.inf, math.nan), math.hypot(math.nan, 1), math.hypot(-math.inf, 1))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 8]), math.dist([], []))
print(math.dist((1.5,), (-2.5,)), math.dist(iter([0, 0]), (1, 1)), math.dist(range(3), (3, 2, 1)))
print(math.dist((1e308, -1e308), (-1e308, 1e308)))
for call in [lambda: math.hypot('a'), lambda: math.hypot(x=1), lambda: math.hypot(10**400),
             lambda: math.dist((1, 2), (1,)), lambda: math.dist(1, 2), lambda: math.dist((1,)),
             lambda: math.dist(('a',), (1,))]:
    try:
        print(call())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
