assert x
assert x, "message"
assert isinstance(x, int), f"bad {x!r}"
assert (a, b)
assert not x, (1, 2)
assert a == b == c, msg
