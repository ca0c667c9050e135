print("%d items" % 5, "%s and %s" % ("a", "b"), "%r" % "q", "%5d|" % 42, "%-5d|" % 42)
print("%05d" % 42, "%+d" % 42, "% d" % 42, "%x %X %o" % (255, 255, 8), "%#x %#o" % (255, 8))
print("%.2f" % 3.14159, "%8.3f|" % 2.5, "%e" % 12345.678, "%g %g" % (0.0001, 1e20), "%E" % 1.5)
print("%c%c" % (72, "i"), "%%" % (), "%s" % [1, 2], "%s" % (1,), "%i" % 3.9)
print("%(name)s is %(age)d" % {"name": "Bob", "age": 30})
print("%*d|%-*d|" % (5, 1, 4, 2), "%.3s" % "abcdef", "%10.4f|" % -3.14159)
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "%s %s" % ("only",)
except TypeError as e:
    print("TypeError:", e)
try:
    "%s" % (1, 2)
except TypeError as e:
    print("TypeError:", e)
