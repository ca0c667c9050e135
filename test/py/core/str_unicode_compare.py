words = ["z", "a", "\u00e9", "E", "e", "\u4e2d", "\U0001F600", "_", "1"]
print(sorted(words))
print([ord(w) for w in sorted(words)])
print("\u00e9" > "z", "\u4e2d" < "\U0001F600", "Z" < "a", "a" < "aa")
print(max(words), min(words), "\u00e9".upper(), "\u00c9".lower())
print(len("\u00e9"), len("e\u0301"), "e\u0301" == "\u00e9")
