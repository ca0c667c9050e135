class Both:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Both({self.v!r})"
    def __str__(self):
        return f"<{self.v}>"

class ReprOnly:
    def __repr__(self):
        return "ReprOnly()"

class StrOnly:
    def __str__(self):
        return "just str"

b = Both("hi")
print(b)
print(str(b), repr(b))
print(f"{b} {b!r} {b!s}")
print([b, Both(2)])
print((b,), {"k": b}, {1: ReprOnly()})
print(ReprOnly(), str(ReprOnly()), f"{ReprOnly()}")
print(StrOnly(), f"{StrOnly()}")
print("%s and %r" % (b, b))
print("{} {!r}".format(b, b))
print(repr("quote's"), repr(Both("it's")))
print(str(b) + "!", format(b))
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class Nested:
    def __repr__(self):
        return "Nested[" + repr([Both(1), ReprOnly()]) + "]"
print(Nested())
