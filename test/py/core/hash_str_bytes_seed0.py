for s in ["", "a", "b", "ab", "hello", "hello world", "\u00e9", "\u4e2d\u6587", "\U0001F600", "x" * 100]:
    print(repr(s), hash(s))
for b in [b"", b"a", b"hello", b"\x00\xff"]:
    print(repr(b), hash(b))
print(hash("hello") == hash(b"hello"), hash(("a", 1)), hash(frozenset(["a"])))
