import gc

gc.collect()
# an exception stored in its own args
e = ValueError("x")
e.args = (e, "msg")
del e
print("args tuple:", gc.collect())

# an exception stored in its own attribute
e = KeyError("k")
e.me = e
del e
print("attribute:", gc.collect())

# __cause__ / __context__ pointing at itself
e = RuntimeError("c")
e.__cause__ = e
del e
print("__cause__:", gc.collect())
e = RuntimeError("c")
e.__context__ = e
del e
print("__context__:", gc.collect())


class MyError(Exception):
    def __init__(self, other=None):
        super().__init__("my")
        self.other = other


a = MyError()
b = MyError(a)
a.other = b
del a, b
print("user exception pair:", gc.collect())
