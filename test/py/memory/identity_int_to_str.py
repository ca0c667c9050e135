# Which int-to-str paths return the cached one-character strings: str/repr/format
# without a spec build a new string (long_to_decimal_string), '%d' and format specs
# go through the writer, which returns the cached character.
import sys
x = 7
seven = "7"
print(str(x) is str(x), repr(x) is repr(x), f"{x}" is f"{x}", ("%d" % x) is ("%d" % x))
print(format(x, "d") is format(x, "d"), format(x) is format(x), str(x) is seven, f"{x:d}" is seven)
print(str(-0) is str(0), hex(1) is hex(1), str(12) is str(12))
print(sys.getsizeof(str(x)), sys.getsizeof(seven))
