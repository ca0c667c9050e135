# acos of arguments too small to show in fixed point is pi/2 (it divided by zero)
import math

for x in (0.0, -0.0, 1e-300, -1e-300, 5e-324, 1e-17, 2.0 ** -57, 2.0 ** -50, 1e-10):
    print(repr(x), math.acos(x), math.asin(x), math.atan(x))
