# An exception with two arguments:
# str(exc) is the tuple repr,
# so the last line is ValueError: ('code', 42).

raise ValueError("code", 42)
