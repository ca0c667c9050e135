class CM:
    def __init__(self, name, suppress=False, raise_in_exit=None):
        self.name = name
        self.suppress = suppress
        self.raise_in_exit = raise_in_exit
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print(f"{self.name} exit sees {et.__name__ if et else None}: {ev}")
        if self.raise_in_exit:
            raise self.raise_in_exit
        return self.suppress

with CM("outer"):
    with CM("inner", suppress=True):
        raise ValueError("v1")
    print("after inner")

try:
    with CM("outer"):
        with CM("inner", raise_in_exit=TypeError("from exit")):
            raise ValueError("v2")
except TypeError as e:
    print("caught", repr(e), "context", repr(e.__context__))

try:
    with CM("a", suppress=True), CM("b", raise_in_exit=KeyError("kb")):
        pass
    print("a suppressed b's error")
except KeyError:
    print("not reached")

try:
    with CM("only", raise_in_exit=IndexError("ie")):
        print("body ran")
except IndexError as e:
    print("caught", repr(e), e.__context__)
