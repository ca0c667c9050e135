# TypeErrors raised by builtins with argument type errors.
for bad in (lambda: sum(["a"]), lambda: sorted(5)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
text = "abc"
print(text.split(1))
