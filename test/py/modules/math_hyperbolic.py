# sinh, cosh, tanh and their inverses, including overflow and domain errors.
import math

for x in [0.0, 0.5, 1.0, -1.0, 2.0, 10.0, 20.0, 30.0, -30.0, 700.0, 1e-10]:
    print(x, math.sinh(x), math.cosh(x), math.tanh(x))
for x in [0.0, 0.5, 1.0, 2.0, -3.0, 1e10, 1e300, 1e-9]:
    print(x, math.asinh(x))
for x in [1.0, 1.5, 2.0, 10.0, 1e10, 1e300]:
    print(x, math.acosh(x))
for x in [0.0, 0.5, -0.5, 0.9, 0.999999, 1e-9]:
    print(x, math.atanh(x))
print(math.tanh(math.inf), math.tanh(-math.inf), math.sinh(-math.inf), math.cosh(-math.inf))
for f, x in [(math.sinh, 1000), (math.cosh, -1000), (math.acosh, 0.5), (math.atanh, 1), (math.atanh, -1.5)]:
    try:
        f(x)
    except (ValueError, OverflowError) as e:
        print(x, type(e).__name__, e)
