# math's constants: values, reprs, types and the classification functions.
import math

print(math.pi, math.e, math.tau)
print(repr(math.inf), repr(-math.inf), repr(math.nan))
print(type(math.pi).__name__, type(math.inf).__name__)
print(math.tau == 2 * math.pi, math.pi.hex(), math.e.hex())
print(math.inf > 1e308, math.nan == math.nan, math.nan != math.nan)
for x in [0.0, -0.0, 1.5, math.inf, -math.inf, math.nan, 10**300, True]:
    print(x, math.isfinite(x), math.isinf(x), math.isnan(x))
print(math.isinf(float('-inf')), math.isnan(float('nan')))
print(sorted(n for n in dir(math) if not n.startswith('_'))[:12])
print(math.__name__)
