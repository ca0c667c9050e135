# startswith/endswith with start/end bounds and tuples of candidates.
s = "filename.tar.gz"
print(s.startswith("file"), s.startswith("name"), s.startswith("name", 4), s.startswith(("x", "fi")))
print(s.endswith(".gz"), s.endswith((".zip", ".tar.gz")), s.endswith("tar", 0, 12), s.endswith(""))
print("".startswith(""), "abc".startswith("abcd"), "abc".endswith("abc", 1))
