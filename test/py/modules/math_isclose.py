# isclose: relative and absolute tolerances, infinities and NaN, keyword-only arguments.
import math

print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.0 + 1e-8), math.isclose(0.0, 1e-12))
print(math.isclose(0.0, 1e-12, abs_tol=1e-11), math.isclose(100, 101, rel_tol=0.01), math.isclose(100, 102, rel_tol=0.01))
print(math.isclose(math.inf, math.inf), math.isclose(math.inf, -math.inf), math.isclose(math.nan, math.nan))
print(math.isclose(1e308, math.inf), math.isclose(-0.0, 0.0), math.isclose(a=1, b=1))
print(math.isclose(1, True), math.isclose(10**20, 10**20 + 1), math.isclose(5, 5.0, rel_tol=0, abs_tol=0))
for call in [lambda: math.isclose(1, 2, rel_tol=-1), lambda: math.isclose(1, 2, abs_tol=-0.5),
             lambda: math.isclose(1), lambda: math.isclose(1, 2, 3), lambda: math.isclose(1, 2, tol=1),
             lambda: math.isclose('a', 1), lambda: math.isclose(1, 2, rel_tol='x'), lambda: math.isclose(),
             lambda: math.isclose(1, b=2, a=3)]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
