try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("converted") from e
except ValueError as v:
    print(repr(v), repr(v.__cause__), repr(v.__context__), v.__suppress_context__)
try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("during handling")
except RuntimeError as r:
    print(repr(r), r.__cause__, repr(r.__context__), r.__suppress_context__)
try:
    try:
        int("x")
    except ValueError:
        raise TypeError("no context") from None
except TypeError as t:
    print(repr(t), t.__cause__, repr(t.__context__), t.__suppress_context__)
try:
    raise IndexError("direct") from KeyError("cause")
except IndexError as i:
    print(repr(i.__cause__), i.__context__)
def f():
    try:
        raise ValueError("a")
    except ValueError as e:
        return e
err = f()
print(repr(err), err.__traceback__ is not None)
