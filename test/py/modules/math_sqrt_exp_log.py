# sqrt, exp, log (one and two arguments), log2, log10, log1p, expm1.
import math

print([math.sqrt(x) for x in [0, 1, 2, 4, 0.25, 1e308, -0.0, math.inf]])
print([math.exp(x) for x in [0, 1, -1, 10, 0.5, -745, 709, -math.inf]])
print([math.log(x) for x in [1, math.e, 10, 0.5, 1e-300, 2**0.5]])
print(math.log(8, 2), math.log(100, 10), math.log(1000, 10), math.log(81, 3), math.log(2, 8))
print([math.log2(x) for x in [1, 2, 8, 1024, 0.125, 3, 10, 2**-1074]])
print([math.log10(x) for x in [1, 10, 1000, 1e-5, 2, 12345, 1e300]])
print([math.log1p(x) for x in [0, 1e-10, 1, -0.5, 1e10]])
print([math.expm1(x) for x in [0, 1e-10, 1, -1, 10, -50]])
print(math.log(math.inf), math.exp(math.nan), math.log1p(-0.0), math.expm1(-0.0))
cases = [(math.sqrt, -1), (math.log, 0), (math.log, -1.5), (math.log, -math.inf), (math.log2, 0),
         (math.log10, -10), (math.log1p, -1), (math.log1p, -2), (math.exp, 1000), (math.expm1, 710)]
for f, x in cases:
    try:
        f(x)
    except (ValueError, OverflowError) as e:
        print(x, type(e).__name__, e)
for args in [(10, 0), (10, 1), (0, 10), (1, 1), (2, -2)]:
    try:
        print(math.log(*args))
    except (ValueError, ZeroDivisionError) as e:
        print(args, type(e).__name__, e)
print(math.exp(1) == math.e, math.log(math.exp(2)))
