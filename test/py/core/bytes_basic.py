b = b"hello"
print(b, b[0], b[1:3], b[-1], b[::-1], len(b), list(b[:2]))
print(b + b" world", b * 2, b"ell" in b, 104 in b, b.upper(), b.split(b"l"))
print(bytes(3), bytes([65, 66, 67]), bytes("h\u00e9", "utf-8"), bytes(range(5)))
print(b.decode(), b.hex(), bytes.fromhex("414243"), b.find(b"l"), b.count(b"l"), b.replace(b"l", b"L"))
print(repr(b"\x00\n\t'\x7f\xff"), repr(b'"'), repr(b"'\""), b"a" < b"b", b"abc" == b"abc")
print(b.startswith(b"he"), b.strip(b"ho"), b.join([b"1", b"2"]), b"%d-%s" % (5, b"x"))
print(hash(b"") == hash(""), bytes(b) is b, type(b[0]).__name__)
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    b + "x"
except TypeError as e:
    print("TypeError:", e)
