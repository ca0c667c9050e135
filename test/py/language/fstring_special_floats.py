inf = float("inf")
nan = float("nan")
for v in [inf, -inf, nan, -0.0]:
    print(f"{v}|{v:f}|{v:F}|{v:e}|{v:E}|{v:g}|{v:G}|{v:%}|{v:+}|{v:08.2f}|{v:>7}|")
print(f"{inf:,} {inf:_.2f} {nan:^9} {-inf:=+10} {inf:010}")
print(repr(inf), repr(-nan), str(nan), f"{-nan}")
print(f"{1e308 * 10:.3e} {-1e308 * 10:g}")
print(f"{complex(1, -2)} {complex(1.5, 2):.2f} {complex(0, 1):>8}|")
print(f"{complex(inf, nan)} {3j:g} {(1+2j):+.1e}")
