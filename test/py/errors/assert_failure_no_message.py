# A failing assert without a message: last line is the bare word AssertionError
# and there is no marker line (the statement fills the whole line).

x = 3
assert x % 2 == 0
