cases = [
    ("abc", "d"),
    ("abc", "+"),
    ("abc", "="),
    ("abc", "#"),
    ("abc", "05"),
    (3.5, "d"),
    (3.5, "x"),
    (3.5, "#c"),
    (5, "z"),
    (5, "xx"),
    (5, ".2d"),
    (None, ">5"),
    ([1], "s"),
    (5, "=s"),
    (3.5, ",_f"),
    ("s", ".2,"),
]
for value, spec in cases:
    try:
        print(repr(format(value, spec)))
    except (ValueError, TypeError) as e:
        print(f"{type(e).__name__}: {e}")
