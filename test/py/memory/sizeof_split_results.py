# Lists from split/rsplit are sized as CPython makes them: str bounds an unlimited maxsplit
# by the length, bytes preallocates 12 slots; a separator longer than the string returns [s].
import sys
for s in ['', 'a', 'a b', 'a b c d e f g h i j k l m n', 'a,b', 'hello world', '  x  ', 'é,à', 'a' * 40]:
    print(repr(s), sys.getsizeof(s.split()), sys.getsizeof(s.split(',')), sys.getsizeof(s.split(' ', 1)), sys.getsizeof(s.rsplit()), sys.getsizeof(s.rsplit(',')), sys.getsizeof(s.split('\u0100')), sys.getsizeof(s.split('ab')))
class S(str): pass
t = S("ab")
print(type(t.split("\u0100")[0]).__name__, t.split("\u0100")[0] is t, type(t.split("xyz")[0]).__name__, type(t.split()[0]).__name__)
print(sys.getsizeof(b"a b".split()), sys.getsizeof(b"a,b".split(b",")))
print(sys.getsizeof(bytearray(b"a b").split()), sys.getsizeof(b"".split()), sys.getsizeof(b"a b c d e f g h i j k l m n".split()), sys.getsizeof(b"a b".rsplit(None, 1)))
