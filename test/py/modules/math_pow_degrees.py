# math.pow's special cases and errors (always a float), degrees and radians.
import math

print(math.pow(2, 10), math.pow(2, -1), math.pow(2, 0.5), math.pow(-8, 3), math.pow(9, 0.5), math.pow(10, -3))
print(math.pow(0.0, 0), math.pow(math.nan, 0), math.pow(1, math.nan), math.pow(1, math.inf), math.pow(-1, math.inf))
print(math.pow(0.5, math.inf), math.pow(2, -math.inf), math.pow(math.inf, -2), math.pow(-math.inf, 3), math.pow(-math.inf, 2))
print(math.pow(-0.0, 3), math.pow(0.0, 3), math.pow(-2, 3), math.pow(2, -1075), math.pow(-1, 10**20))
print(math.pow(1.0000001, 1e7), math.pow(3, 40), math.pow(7, 1/3))
for args in [(0, -1), (-0.0, -3), (-8, 1 / 3), (10, 400), (-10, 401), ('2', 2)]:
    try:
        print(math.pow(*args))
    except (ValueError, OverflowError, TypeError) as e:
        print(args, type(e).__name__, e)
print([math.degrees(x) for x in [0, math.pi, -math.pi / 2, 1, math.tau]])
print([math.radians(x) for x in [0, 180, 90, -45, 360, 1]])
print(math.degrees(math.inf), math.radians(math.nan), math.degrees(True))
