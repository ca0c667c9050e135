class Returns:
    def __init__(self, value):
        self.value = value
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return self.value

class Truthy:
    def __bool__(self):
        print("bool called")
        return True

for value in [True, False, None, 1, 0, "yes", "", [0], [], Truthy()]:
    try:
        with Returns(value):
            raise KeyError("k")
        print(repr(value) if not isinstance(value, Truthy) else "Truthy()", "suppressed")
    except KeyError:
        print(repr(value), "propagated")

def f():
    with Returns(True):
        raise ValueError
    return "after with"
print(f())

def g():
    with Returns(True):
        return "returned normally"
print(g())
