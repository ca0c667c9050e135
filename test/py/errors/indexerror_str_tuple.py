# Negative indexing works; IndexError on a tuple subscript.
t = ("a", "b")
s = "xy"
print(s[-2], t[1])
print(t[2])
