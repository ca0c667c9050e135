print("ab" + "cd", "ab" * 3, 3 * "x", "" * 5, "ab" * 0, "ab" * -1)
print("ell" in "hello", "z" not in "hello", "" in "abc")
print(min("hello"), max("hello"), sorted("hello"), list("abc"), "abc"[::-1])
print(str(123), str(1.5), str(None), str([1, "a"]), str((1,)), repr("it's"), repr('say "hi"'))
print(repr("tab\tnew\nline\\"), repr("\x00\x7f\x80\u00ff\u0100"), repr("\U0001F600"))
print(ascii("caf\u00e9 \u4e2d"), "abc".expandtabs(), "a\tb".expandtabs(4))
s = "x"
for i in range(3):
    s += str(i)
print(s, len(s))
