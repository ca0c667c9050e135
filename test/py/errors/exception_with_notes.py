# Notes added with add_note() are printed after the exception line.
def validate(n):
    if n < 0:
        e = ValueError("negative value")
        e.add_note("hint: pass a non-negative number")
        e.add_note("got %d" % n)
        raise e
    return n

validate(-3)
