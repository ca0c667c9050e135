import _circular_b
A = "a"
def from_b():
    return _circular_b.B
