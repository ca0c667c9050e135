print("{} {}".format("a", "b"), "{1} {0} {1}".format("x", "y"), "{name}!".format(name="hi"))
print("{0[1]} {1[k]}".format([10, 20], {"k": "v"}), "{{}} {}".format(7))
print("{:>6}|{:<6}|{:^6}|".format("r", "l", "c"), "{:*^9}".format("mid"))
print("{:05d} {:+d} {:,} {:_} {:x} {:#b} {:o}".format(42, 42, 1234567, 1234567, 255, 5, 64))
print("{:.3f} {:10.2f}| {:e} {:.1%} {:g}".format(3.14159, 2.5, 1234.5, 0.256, 1e-7))
print("{!r} {!s} {!a}".format("q", "q", "\u00e9"))
print("{:>{w}}|".format("x", w=5), "{:.{p}f}".format(1 / 3, p=4))
print(format(3.5, ".2f"), format(255, "08b"), format("s", "^5"), format(12345.678, ",.1f"))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KeyError:", e)
