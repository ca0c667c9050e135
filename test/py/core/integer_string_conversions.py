for n in [0, 7, -7, 255, 2 ** 32, -(10 ** 18)]:
    print(n, str(n), repr(n), format(n, ","), "%d" % n, "%5d" % n, f"{n:+}")
print(int("  42\n"), int("-0"), int("0_0"), int("1" * 30))
print(str(-0), str(0.0), str(-0.0), int(-0.0), int("-000012"))
print(bin(10)[2:].zfill(8), hex(3054)[2:].upper(), oct(8)[2:], int("0755", 8))
