x = 1
# last line is a comment without newline
def f():
    pass
    # trailing comment without newline