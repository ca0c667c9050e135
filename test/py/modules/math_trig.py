# The circular functions and their inverses, special values and domain errors.
import math

xs = [0.0, 0.5, 1.0, -1.0, math.pi / 6, math.pi / 4, math.pi / 3, math.pi / 2, math.pi, 2.0, 10.0, 100.0]
for x in xs:
    print(x, math.sin(x), math.cos(x), math.tan(x))
for x in [-1.0, -0.5, 0.0, 0.5, 1.0, 0.1, -0.9]:
    print(x, math.asin(x), math.acos(x), math.atan(x))
print(math.atan(math.inf), math.atan(-math.inf), math.atan(1e300), math.atan(-0.0))
for y, x in [(1, 1), (1, -1), (-1, -1), (0.0, -0.0), (-0.0, -0.0), (0.0, 0.0), (-0.0, 1),
             (math.inf, math.inf), (-math.inf, -math.inf), (1, math.inf), (1, -math.inf), (5, 0), (3, 4)]:
    print(y, x, math.atan2(y, x))
print(math.sin(-0.0), math.tan(-0.0), math.asin(-0.0), math.sin(1e-300))
for f, x in [(math.sin, math.inf), (math.cos, -math.inf), (math.tan, math.inf), (math.asin, 1.5), (math.acos, -2)]:
    try:
        f(x)
    except ValueError as e:
        print(f'{x}:', e)
print(math.sin(math.nan), math.acos(math.nan), math.atan2(math.nan, 1))
print(math.degrees(math.asin(0.5)), math.degrees(math.atan2(1, 1)))
