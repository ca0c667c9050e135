print(int("42"), int("-17"), int("  12  "), int("+5"))
print(int("ff", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0))
print(int("z", 36), int("1_000_000"), int("777", 8), int("11", 2))
print(int(3.99), int(-3.99), int(True), int(False), int(1e20))
print(int("123456789012345678901234567890"))
print(int(), int(0.0), int(-0.0))
try:
    int("abc")
except ValueError as e:
    print("ValueError:", e)
try:
    int("12", 2)
except ValueError as e:
    print("ValueError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
