data = b"key=value; other=thing"
print(data.split(b"; "), data.partition(b"="), data.rpartition(b"="), data.rsplit(b"=", 1))
print(data.upper(), data.title(), data.startswith(b"key"), data.endswith(b"thing"), data.index(b"v"))
print(b"  pad ".strip(), b"x".center(5, b"-"), b"7".zfill(3), b"a,b".split(b","), b"A1".isalnum())
print(list(b"hi"), [b for b in b"\x00\xff"], bytes(reversed(b"abc")), b"abc"[::2], b"ab" * 2)
print(b"caf\xc3\xa9".decode("utf-8"), b"\xe9".decode("latin-1"), bytes.fromhex("de ad be ef").hex())
print(b"%s:%d:%x" % (b"x", 10, 255), b"abc" < b"abd", b"a" in b"cat", ord(b"A"), bytes([65]) == b"A")
