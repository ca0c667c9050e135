c = 3 + 4j
print("{0.real} {0.imag}".format(c), "{.real:.1f}".format(2.5))
print("{[0]}-{[1]}".format("ab", "cd"), "{0[a]}".format({"a": "x"}))
point = {"x": 1, "y": 2}
print("({x}, {y})".format(**point), "{x!r:>5}".format(x="s"))
print("{:{fill}{align}{width}}".format(42, fill="*", align="^", width=9))
print("%(a)s %(a)r %(b)05.1f" % {"a": "v", "b": 2.25})
print("{0}{1}{0}".format("ab", "-"), "{}".format(None), "{:}".format(1.0))
