def f():
    """A docstring.

    With several lines.
    """
    return 1

def g():
    'single-quoted docstring'
