# Logarithms of ints too large for a float are computed from their bit length.
import math

for k in [10, 100, 308, 309, 1000, 5000]:
    n = 10**k
    print(k, math.log10(n), math.log(n), math.log2(n))
for k in [52, 53, 1023, 1024, 1025, 20000]:
    print(k, math.log2(2**k), math.log2(2**k + 1), math.log(2**k, 2))
print(math.log(10**400, 10**200), math.log(3**1000, 3))
print(math.log(True), math.log10(True))
try:
    math.sqrt(10**400)
except OverflowError as e:
    print('sqrt:', e)
for bad in [0, -1, -10**400, False]:
    for f in (math.log, math.log2, math.log10):
        try:
            f(bad)
        except ValueError as e:
            print(bad, e)
