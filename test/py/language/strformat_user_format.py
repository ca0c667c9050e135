class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "":
            return f"${self.cents / 100:.2f}"
        if spec == "c":
            return f"{self.cents}c"
        if spec.startswith("w"):
            return f"${self.cents / 100:>{spec[1:]}.2f}"
        raise ValueError(f"bad money spec {spec!r}")
    def __str__(self):
        return "Money-str"
    def __repr__(self):
        return "Money-repr"

m = Money(12345)
print("{} {:c} {:w12}|".format(m, m, m))
print(f"{m} {m:c} {m!s} {m!r}")
print(format(m), format(m, "c"))
try:
    "{:q}".format(m)
except ValueError as e:
    print("ValueError:", e)

class NoFormat:
    def __str__(self):
        return "plain str"
n = NoFormat()
print("{} [{!s:>12}]".format(n, n))
try:
    "{:>12}".format(n)
except TypeError as e:
    print("TypeError:", e)
