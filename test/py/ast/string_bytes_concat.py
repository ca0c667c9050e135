b"a" b"b"
(b"one"
 b"two")
b"x" rb"\y" Rb"\z"
x = b'' b""
