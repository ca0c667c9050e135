# OSError(errno, strerror, ...): errno → subclass, the errno/strerror/filename fields, args and str
e = OSError(2, 'x', 'f'); print(e.args, repr(e), str(e), e.errno, e.strerror, e.filename, e.filename2)
e = OSError(2, 'x', 'f', None, 'g'); print(e.args, repr(e), str(e))
e = OSError('a'); print(e.args, e.errno, str(e)); e = OSError(); print(repr(e), str(e))
e = OSError(13, 'denied'); print(type(e).__name__, e.errno); e = FileNotFoundError(99, 'z'); print(type(e).__name__, str(e))
e = OSError(1, 2, 3, 4, 5, 6); print(type(e).__name__, e.args, e.errno, str(e))
import sys; print(sys.getsizeof(OSError(2, 'x')), IOError is OSError, EnvironmentError is OSError)
print(BlockingIOError(11, 'b', 5).characters_written, str(BlockingIOError(11, 'b', 5)))
for n in [1, 2, 3, 4, 10, 11, 13, 17, 20, 21, 32, 103, 104, 108, 110, 111, 114, 115, 5]:
    print(n, type(OSError(n, 'm')).__name__, end="; ")
print()
print(issubclass(BrokenPipeError, ConnectionError), ConnectionError.__mro__)
try:
    raise OSError(2, "No such file or directory", "missing.txt")
except FileNotFoundError as err:
    print("caught", err, err.filename)
e = OSError(2, 'x'); e.errno = 5; print(e, e.errno)
raise PermissionError(13, "Permission denied", "/root/x")
