# namedtuple errors: invalid names, wrong argument counts, read-only fields.
from collections import namedtuple
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
attempt(lambda: namedtuple("P", "x x"))
attempt(lambda: namedtuple("P", "x _y"))
attempt(lambda: namedtuple("P", "x class"))
attempt(lambda: namedtuple("P", "x 1y"))
attempt(lambda: namedtuple("def", "x"))
attempt(lambda: namedtuple("P", "x", defaults=(1, 2)))
attempt(lambda: namedtuple("P", [1, 2]))
P = namedtuple("P", "x y")
attempt(lambda: P(1))
attempt(lambda: P(1, 2, 3))
attempt(lambda: P(1, z=2))
attempt(lambda: P(1, x=2))
attempt(lambda: P._make([1]))
attempt(lambda: P(1, 2)._replace(z=3))
p = P(1, 2)
attempt(lambda: setattr(p, "x", 5))
attempt(lambda: delattr(p, "x"))
attempt(lambda: setattr(p, "other", 5))
attempt(lambda: P.x.__get__(5))
attempt(lambda: P.x.__get__(None))
attempt(lambda: p.__dict__)
P(1)
