import sys

class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("type:", et)
        print("value:", repr(ev))
        print("tb type:", type(tb).__name__)
        if tb is not None:
            print("same object:", ev.__traceback__ is tb)
            print("exc_info inside exit:", sys.exc_info()[0])
        return True

with Inspect():
    pass
with Inspect():
    {}["missing"]
with Inspect():
    raise ValueError("bad", 42)

class Boom(Exception):
    def __str__(self):
        return "custom str"
with Inspect():
    raise Boom
print("exc_info after:", sys.exc_info())
