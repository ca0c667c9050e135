for n in [0, 999, 1000, 1234567, -9876543210, 10 ** 20]:
    print(f"{n:,} {n:_}")
print(f"{1234567.891:,.2f} {1234567.891:_.3f} {-1234.5:,}")
print(f"{0xDEADBEEF:_x} {0xDEADBEEF:_X} {255:_b} {0o7777777:_o} {2 ** 20:#_b}")
print(f"{1234567:015,} {1234567:015_} {-1234:08,}")
print(f"{1234567:>15,}|{1234567:<15,}|{1234567:^15,}|")
print(f"{12345.678:,e} {1234567.0:,g} {1e16:,.0f}")
print(f"{123456789:,d} {0.000123:,}")
print(format(10 ** 6, ","), format(10 ** 6, "_"), format(-10 ** 6, "+,"))
try:
    f"{'abc':,}"
except ValueError as e:
    print("ValueError:", e)
try:
    f"{12:,x}"
except ValueError as e:
    print("ValueError:", e)
try:
    f"{12:,_}"
except ValueError as e:
    print("ValueError:", e)
