# factorial, comb and perm: exact big results and CPython's errors.
import math

print([math.factorial(n) for n in range(13)])
print(math.factorial(20), math.factorial(21), math.factorial(25))
f = math.factorial(1000)
print(len(str(f)), f % (10**9 + 7), str(f)[:30])
print(math.factorial(True), type(math.factorial(5)))
print([math.comb(10, k) for k in range(12)])
print(math.comb(100, 50), math.comb(10**20, 2), math.comb(10**6, 3), math.comb(0, 0))
print(math.comb(60, 30), math.comb(2**70, 2**70 - 3))
print([math.perm(6, k) for k in range(8)], math.perm(7), math.perm(5, None))
print(math.perm(10**20, 3), math.perm(100, 10))
for call in [lambda: math.factorial(-1), lambda: math.factorial(2.0), lambda: math.factorial('5'),
             lambda: math.factorial(10**19), lambda: math.comb(-1, 2), lambda: math.comb(5, -2),
             lambda: math.comb(5.0, 2), lambda: math.perm(-3), lambda: math.perm(3, -1),
             lambda: math.comb(10**20, 10**19), lambda: math.perm(2**70, 2**65), lambda: math.comb(5),
             lambda: math.perm(1, 2, 3), lambda: math.perm()]:
    try:
        print(call())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
