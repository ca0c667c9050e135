class CM:
    def __init__(self, name, fail_enter=False):
        self.name = name
        self.fail_enter = fail_enter
    def __enter__(self):
        print("enter", self.name)
        if self.fail_enter:
            raise OSError("cannot enter " + self.name)
        return self
    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return True

try:
    with CM("first"), CM("second", fail_enter=True), CM("third"):
        print("body")
except OSError as e:
    print("caught", e)

def make(name):
    print("evaluating", name)
    if name == "bad":
        raise LookupError("no manager")
    return CM(name)

try:
    with make("good"), make("bad"):
        print("body")
except LookupError as e:
    print("caught", e)

class NoEnter:
    def __exit__(self, *a):
        pass
try:
    with NoEnter():
        pass
except TypeError as e:
    print("TypeError:", e)
