def classify(text):
    if (n := len(text)) > 5:
        return f"long ({n})"
    elif (upper := text.upper()) == text:
        return f"shouting {upper!r} ({n})"
    elif (idx := text.find("x")) >= 0:
        return f"has x at {idx}"
    return f"plain {n} {upper}"

for t in ["abcdefg", "HI", "axe", "bee"]:
    print(classify(t))

d = {"a": 1, "b": None}
for key in "abc":
    if (val := d.get(key)) is not None:
        print(key, "->", val)
    else:
        print(key, "missing or None", val)

print((y := 10) * 2, y)
print([z := 1, z + 1], z)
print(f"{(w := 4) * w}", w)
print(max(q := [3, 1, 2]), q)
def f(a, b=(dflt := "default")):
    return a, b
print(f(1), dflt)
print((lambda: (inner := 5) + 1)())
print(a := 1 if False else 2) if (a := 0) == 0 else None
print(a)
