import _circular_a
B = "b"
def partial_a():
    return hasattr(_circular_a, "A")
