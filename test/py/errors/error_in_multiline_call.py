# An error inside the arguments of a call written over several lines:
# the frame's line is the line of the failing sub-expression.
def combine(a, b, c):
    return a + b + c

total = combine(
    1,
    2 / 0,
    3,
)
