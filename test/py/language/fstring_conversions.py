class Thing:
    def __repr__(self):
        return "Thing<repr>"
    def __str__(self):
        return "Thing<str>"
    def __format__(self, spec):
        return f"Thing<format {spec!r}>"

t = Thing()
print(f"{t} | {t!s} | {t!r} | {t!a} | {t:xyz} | {t!s:>12} | {t!r:.5}")
s = "café ☕ \n\t'\""
print(f"{s!r}")
print(f"{s!a}")
print(f"{s!s}")
print(f"{'quote'!r:^15}|")
print(f"{[1, 'a', None]!r} {(1,)!s} {'é'!a} {b'x'!s} {b'\xff'!a}")
print(f"{42!r} {4.0!a} {None!r} {True!s}")
print(repr(f"{'x'!r}"), ascii("naïve"), ascii(["ü", 1]))
print(f"{'\N{GREEK SMALL LETTER ALPHA}'!a} {chr(0x1F600)!a} {chr(0x80)!a}")
