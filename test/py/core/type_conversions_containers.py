d = {"b": 2, "a": 1}
print(list(d.items()), tuple(d), set(d) == {"a", "b"}, dict(list(d.items())))
print(dict([["x", 1], ["y", 2]]), dict([("k", "v")], k="override"))
print(list(map(list, [(1, 2), (3, 4)])), tuple(sorted({3, 1, 2})))
print(list(range(3)) + list("ab"), str(list("ab")), "".join(list("ab")))
print(int("0b101", 2), int("  -0x1f ", 16), float(" 1e2 "), str(b"ab", "ascii"), bytes("ab", "ascii"))
print(list({1: "a", 2: "b"}.values()), sorted(dict.fromkeys("hello")))
