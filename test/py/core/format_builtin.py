print(format(42), format(42, "d"), format(42, "5d") + "|", format(42, "<5") + "|", format(-42, "=+6"))
print(format(3.14159, ".3"), format(3.0, ""), format(3.0, "g"), format(1e20, "f"), format(1e-5, ".2e"))
print(format(0.125, ".2f"), format(0.375, ".2f"), format(2.5, ".0f"), format(3.5, ".0f"))
print(format(1234567.891, ",.2f"), format(1234567, "_x"), format(0.5, "%"), format(0.123, ".1%"))
print(format("text", ">8"), format("text", "*<8"), format("longtext", ".3"), format(True), format(None))
print(format(12, "c"), format(65, "c"), format(-0.0, "f"), format(float("nan"), "f"), format(1e300, "e"))
print(format([1, 2]), format((1, "a")), format(1 + 2j, ".1f"), format(10 ** 20, ","))
try:
    format("s", "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(1.5, "d")
except ValueError as e:
    print("ValueError:", e)
