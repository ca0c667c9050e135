# frexp, ldexp, modf, copysign, fmod, remainder, nextafter and ulp work on the bits of floats.
import math

for x in [0.0, -0.0, 1.0, 8.0, -0.375, 1e300, 5e-324, 2.2250738585072014e-308, math.inf, math.nan]:
    print(x, math.frexp(x), math.modf(x))
print(math.ldexp(0.5, 1), math.ldexp(1, 1023), math.ldexp(1, -1074), math.ldexp(1.5, -1074), math.ldexp(3, -1075))
print(math.ldexp(1, -2**100), math.ldexp(-0.0, 5000), math.ldexp(math.inf, -10), math.ldexp(5, True))
print(math.modf(-3.0), math.modf(3.75), math.modf(-2.5), math.modf(1e20))
print(math.copysign(3, -0.0), math.copysign(-3, 0.0), math.copysign(math.inf, -1), math.copysign(0.0, -2))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(-0.0, 1), math.fmod(5.5, math.inf), math.fmod(1e300, 3))
print(math.remainder(5, 3), math.remainder(7, 2), math.remainder(5, 2), math.remainder(-5, 2), math.remainder(1e300, 7))
print(math.remainder(math.inf, math.nan), math.remainder(3, math.inf))
print(math.nextafter(1, 2), math.nextafter(1, 0), math.nextafter(0.0, -1), math.nextafter(1e308, math.inf))
print(math.nextafter(1.0, 2.0, steps=5), math.nextafter(0.0, 1.0, steps=3), math.nextafter(-1e-323, 1, steps=10), math.nextafter(2.0, 2.0, steps=4))
print(math.ulp(1.0), math.ulp(-1e300), math.ulp(0.0), math.ulp(math.inf), math.ulp(1.7976931348623157e308), math.ulp(5e-324))
for call in [lambda: math.ldexp(1, 1.5), lambda: math.ldexp(1, 10000), lambda: math.ldexp(1e308, 2),
             lambda: math.fmod(1, 0), lambda: math.fmod(math.inf, 2), lambda: math.remainder(1, 0),
             lambda: math.remainder(math.inf, 1), lambda: math.nextafter(1, 2, steps=-1), lambda: math.frexp('x'),
             lambda: math.copysign(1), lambda: math.nextafter(1, 2, 3)]:
    try:
        print(call())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
