words = "the quick brown fox jumps over the lazy dog".split()
print(len(words), words.count("the"), words.index("fox"))
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(sorted(words, key=len), sorted(words, key=lambda w: (-len(w), w)))
print([w.upper() for w in words if len(w) > 4])
print("".join([w[0] for w in words]), " ".join(reversed(words)))
caesar = "".join([chr((ord(c) - 97 + 3) % 26 + 97) if c.isalpha() else c for c in "hello world"])
print(caesar)
