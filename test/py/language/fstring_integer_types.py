for n in [0, 1, 10, 65, 255, -255, 2 ** 40]:
    print(f"{n:b}|{n:d}|{n:o}|{n:x}|{n:X}|{n:n}|{n}")
print(f"{65:c}{97:c}{0x263A:c}{10:c}|")
print(f"{True:d} {False:b} {True:x} {True}")
print(f"{255:10b}|{255:<10x}|{255:^#10o}|")
print(f"{10:e} {10:f} {10:g} {10:%} {10:.2E}")
print(f"{-2 ** 70:x} {2 ** 64:o}")
for spec in ["s", ".2f", "z"]:
    try:
        print(format(5, spec))
    except ValueError as e:
        print("ValueError:", e)
try:
    f"{-1:c}"
except (ValueError, OverflowError) as e:
    print(type(e).__name__, e)
try:
    f"{65:+c}"
except ValueError as e:
    print("ValueError:", e)
try:
    f"{65:#c}"
except ValueError as e:
    print("ValueError:", e)
