import sys
M = sys.hash_info.modulus
print(M == 2 ** 61 - 1, sys.hash_info.inf, sys.hash_info.nan, sys.hash_info.algorithm)
for v in [0, 1, -1, -2, 12345, M - 1, M, M + 1, 2 ** 64, -(2 ** 64), 10 ** 30]:
    print(v, hash(v))
for f in [0.0, -0.0, 0.5, 1.25, -1.25, 3.141592653589793, 1e-10, 1e20, 2.0 ** 70]:
    print(f, hash(f))
print(hash(float("inf")), hash(float("-inf")), hash(2.0 ** 61) == hash(2 ** 61))
