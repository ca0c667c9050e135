print("a,b,,c".split(","), "a b  c ".split(), "  x  ".split(), "".split(), "".split(","))
print("a,b,c,d".split(",", 2), "a,b,c,d".rsplit(",", 2), "a b c".rsplit(None, 1))
print("one\ttwo\nthree  four".split())
print("x--y--z".split("--"), "abc".split("abc"), "aaa".split("a"))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), "+".join(("1",)))
print(" ".join([str(i) for i in range(5)]))
try:
    "-".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
