class CM:
    def __init__(self, name):
        self.name = name
        print("init", name)
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return False

with CM("a") as a, CM("b") as b, CM("c"):
    print("body", a, b)

with (
    CM("p") as p,
    CM("q") as q,
):
    print("parenthesized", p, q)

with CM("outer") as o:
    with CM("inner") as i:
        print("nested", o, i)

try:
    with CM("x"), CM("y"):
        raise RuntimeError("boom")
except RuntimeError as e:
    print("caught", e)
