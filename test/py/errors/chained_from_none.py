# raise ... from None suppresses the context: only one traceback is printed.
try:
    int("nope")
except ValueError:
    raise RuntimeError("conversion failed") from None
