raise
raise ValueError
raise ValueError("message")
raise ValueError("a") from err
raise RuntimeError from None
raise Error(1) from (a or b)
