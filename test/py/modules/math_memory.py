# What math hands back: fresh floats, the argument itself where CPython returns it, no leaks.
import math, sys

x = 10**30
print(math.gcd(x) is x, math.floor(x) is x, math.trunc(x) is x, math.ceil(x) is x)
two, seven, big = 2, 7, 120
print(math.lcm(x) is x, math.isqrt(4) is two, math.factorial(5) is big)
y = -10**30
print(math.gcd(y) is y, math.gcd(y) == -y)
f = 2.5
print(sys.getrefcount(f), math.fabs(f) is f, math.floor(seven) is seven)
before = sys.getrefcount(x)
for _ in range(100):
    math.gcd(x, 12)
    math.floor(x)
    math.log(x)
print(sys.getrefcount(x) - before)
r = math.sqrt(16.0)
print(r, type(r), sys.getsizeof(r), sys.getsizeof(math.factorial(100)))
blocks = sys.getallocatedblocks()
for i in range(200):
    math.fsum([i, 0.5, 1e-3])
    math.prod([i, 2, 3.5])
    math.hypot(i, 2, 3)
    math.dist((i, 1), (2, 3))
    math.sumprod([i, 2], [3.5, 4])
print(sys.getallocatedblocks() - blocks)
print(sys.getrefcount(math.pi) > 1, math.pi is math.pi)
