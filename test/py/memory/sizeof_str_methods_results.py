import sys
s = "hello world"
print(sys.getsizeof(s.upper()), sys.getsizeof(s.split()), sys.getsizeof(s.split()[0]))
print(sys.getsizeof(s.replace("o", "\u00f6")), sys.getsizeof(s.replace("o", "\u0151")), sys.getsizeof(s.encode()))
print(sys.getsizeof(s.center(40)), sys.getsizeof(s * 2), sys.getsizeof(f"{s}!"))
print(sys.getsizeof(str(3.14)), sys.getsizeof(repr([1, 2])), sys.getsizeof("%d" % 10 ** 10))
print(sys.getsizeof("\u00e9".upper()), sys.getsizeof("\xe9t\xe9" + "!"), sys.getsizeof(" ".join(["\u0100"] * 3)))
