import sys
print(sys.getsizeof(ValueError()), sys.getsizeof(ValueError("x")), sys.getsizeof(KeyError(1)))
print(sys.getsizeof(Exception("a", "b")), sys.getsizeof(StopIteration(1)), sys.getsizeof(SystemExit(1)))
print(sys.getsizeof(OSError(2, "x")), sys.getsizeof(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad")))
try:
    1 / 0
except ZeroDivisionError as e:
    print(sys.getsizeof(e), sys.getsizeof(e.args))
