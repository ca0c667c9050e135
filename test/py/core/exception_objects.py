e = ValueError("bad value", 42)
print(e.args, str(e), repr(e))
print(str(ValueError()), repr(ValueError()), str(ValueError("x")), repr(KeyError("k")), str(KeyError("k")))
print(str(KeyError()), str(KeyError("a", "b")), repr(OSError(2, "No such file")), str(OSError(2, "No such file")))
print(isinstance(e, Exception), isinstance(e, BaseException), issubclass(ValueError, Exception))
print(issubclass(KeyError, LookupError), issubclass(IndexError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException), issubclass(bool, int))
print(issubclass(UnboundLocalError, NameError), issubclass(RecursionError, RuntimeError), issubclass(StopIteration, Exception))
print(ZeroDivisionError.__mro__)
print(ModuleNotFoundError.__bases__, NotImplementedError.__base__, UnicodeDecodeError.__mro__[1:3])
try:
    raise TypeError
except TypeError as err:
    print(repr(err), err.args, err.__cause__, err.__context__, err.__suppress_context__)
print(StopIteration(5).value, SystemExit(3).code, repr(AssertionError()))
