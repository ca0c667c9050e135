cases = [
    ("%d", "str"),
    ("%x", 1.5),
    ("%c", "ab"),
    ("%c", -1),
    ("%c", 0x110000),
    ("%s %s", ("one",)),
    ("%s", (1, 2)),
    ("%d", None),
    ("%f", "1.0"),
    ("%z", 1),
    ("%", ()),
    ("%(k)s", ("tuple",)),
    ("%*s", ("x",)),
    ("%d", [1]),
    ("%i", 10 ** 30),
    ("%x", 2 ** 70),
    ("%c", 3.0),
]
for fmt, args in cases:
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(f"{fmt!r}: {type(e).__name__}: {e}")
try:
    b"%s" % "text"
except TypeError as e:
    print("TypeError:", e)
print(b"%b %a" % (b"raw", "é"))
