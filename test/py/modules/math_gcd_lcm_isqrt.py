# gcd and lcm of any number of ints, isqrt of ints of any size.
import math

print(math.gcd(), math.gcd(12), math.gcd(-12), math.gcd(12, 18), math.gcd(12, 18, 8), math.gcd(0, 0), math.gcd(0, -9))
print(math.gcd(2**200, 6**100), math.gcd(3**50 * 7, 3**40 * 11), math.gcd(True, 4))
print(math.lcm(), math.lcm(6), math.lcm(-6), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(-4, 6))
print(math.lcm(2**64, 3**40), math.lcm(*range(1, 21)))
print([math.isqrt(n) for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 2**52, 2**53 + 1]])
print(math.isqrt(10**100), math.isqrt(10**101), math.isqrt(2**127 - 1), math.isqrt(True))
n = 12345678901234567890123456789
r = math.isqrt(n)
print(r, r * r <= n < (r + 1) ** 2)

class Idx:
    def __index__(self): return 30
print(math.gcd(Idx(), 45), math.lcm(Idx(), 4), math.isqrt(Idx()))
x = 10**30
print(math.gcd(x) is x, math.gcd(x, x) == x)
for call in [lambda: math.gcd(1.5), lambda: math.gcd(4, '2'), lambda: math.lcm(2, 3.0),
             lambda: math.isqrt(-1), lambda: math.isqrt(4.0), lambda: math.gcd(a=1)]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
