# Argument counts, keywords and types: CPython's messages for each calling convention.
import math

calls = [
    lambda: math.sqrt(), lambda: math.sqrt(1, 2), lambda: math.sqrt(x=4), lambda: math.sqrt('4'),
    lambda: math.sqrt(None), lambda: math.floor(), lambda: math.atan2(1), lambda: math.atan2(y=1, x=1),
    lambda: math.copysign(1, 2, 3), lambda: math.log(), lambda: math.log(1, 2, 3), lambda: math.log(x=3),
    lambda: math.pow(2), lambda: math.fmod(1), lambda: math.ldexp(1), lambda: math.comb(1),
    lambda: math.gcd(1, y=2), lambda: math.fsum(), lambda: math.fsum(seq=[1]), lambda: math.exp([]),
    lambda: math.cos(1j), lambda: math.isqrt('9'), lambda: math.trunc(None), lambda: math.dist([1]),
]
for c in calls:
    try:
        c()
    except TypeError as e:
        print(e)

class BadFloat:
    def __float__(self):
        return 'not a float'
try:
    math.sqrt(BadFloat())
except TypeError as e:
    print(e)
print(math.sqrt(True), math.exp(False), math.cos(0))
print(math.log(-1))
