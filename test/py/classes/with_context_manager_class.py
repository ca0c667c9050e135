class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress

with Resource("a") as r:
    print("inside", r)
with Resource("b", suppress=True):
    raise ValueError("suppressed")
print("after b")
try:
    with Resource("c"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", e)
with Resource("outer") as o, Resource("inner") as i:
    print("both", o, i)
def f():
    with Resource("ret"):
        return "returned"
print(f())
class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except TypeError as e:
    print("TypeError:", e)
