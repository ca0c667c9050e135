words = ["", "a", "ab", "abc", "python", "pyarena", "hash", "key", "value", "\u00e9t\u00e9", "\u0100", "\U0001F600x"]
for w in words:
    print(repr(w), hash(w), hash(w) % 8)
print(hash("a" * 1000))
print(hash("abc") == hash("ab" + "c"), hash(b"abc") == hash("abc"))
