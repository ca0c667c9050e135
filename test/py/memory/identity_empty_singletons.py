e = ()
print(e is tuple(), tuple() is tuple([]), ()[:] is e, (1, 2)[5:] is e, tuple("") is e)
s = ""
x0 = "x" * int("0")
print(s is str(), "abc"[:0] is s, "".join([]) is s, "abc"[3:] is s, str(s) is s, x0 is s)
b = b""
print(b is bytes(), b"abc"[:0] is b, b"".join([]) is b, bytes(0) is b)
print(frozenset() is frozenset(), range(0) is range(0), [] is [], {} is {})
print(None is type(None)(), True is bool(1), False is bool(0), True is (1 == 1))
print(... is Ellipsis, NotImplemented is NotImplemented)
