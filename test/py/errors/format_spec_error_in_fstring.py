# An invalid format spec in an f-string raises ValueError at run time.
name = "pyarena"
width = 10
print(f"{name:>{width}}|")
print(f"{name:d}")
