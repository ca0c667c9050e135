# gamma, lgamma, erf and erfc.
import math

print([math.gamma(x) for x in [1, 2, 3, 5, 10, 0.5, 1.5, -0.5, -1.5, 23, 24]])
print([math.lgamma(x) for x in [1, 2, 3, 10, 0.5, 100, -0.5, 1e-30]])
print(math.gamma(171), math.gamma(-200.5), math.gamma(1e-30), math.lgamma(math.inf), math.lgamma(-math.inf))
print([math.erf(x) for x in [0, 0.1, 0.5, 1, 2, 3, 6, -1, math.inf, -math.inf]])
print([math.erfc(x) for x in [0, 0.1, 0.5, 1, 2, 5, 10, 30, -1, -7]])
print(math.erf(math.nan), math.erfc(math.nan), math.gamma(math.inf))
for f, x in [(math.gamma, 0), (math.gamma, -1), (math.gamma, -math.inf), (math.gamma, 172), (math.lgamma, 0), (math.lgamma, -2)]:
    try:
        print(f(x))
    except (ValueError, OverflowError) as e:
        print(x, type(e).__name__, e)
