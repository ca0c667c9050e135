print("{:{}}|".format("a", 5))
print("{:{}{}{}}|".format("b", "*", "^", 7))
print("{0:{fill}{align}{width}.{prec}f}|".format(3.14159, fill="0", align=">", width=10, prec=2))
print("{:>{w}.{p}}|".format("abcdefg", w=6, p=3))
print("{x:{spec}}".format(x=255, spec="#06x"))
for w in range(2, 6):
    print("[{:^{}}]".format("ab", w))
print("{0:{1}} {0:{2}}".format(42, "b", "o"))
print("{:{}}".format(1234567, ","))
print("{:,.{}f}".format(1234.5678, 1))
try:
    "{:{:{}}}".format(1, 2, 3)
except ValueError as e:
    print("ValueError:", e)
try:
    "{:{}}".format("x")
except IndexError as e:
    print("IndexError:", e)
print("{!r:{}}|".format("q", 6))
