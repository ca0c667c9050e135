print("hello".encode(), "h\u00e9llo".encode(), "h\u00e9llo".encode("latin-1"), "\u4e2d".encode("utf-8"))
print("abc".encode("ascii"), "\U0001F600".encode(), len("\U0001F600".encode()))
print(b"h\xc3\xa9llo".decode(), b"caf\xe9".decode("latin-1"), "x\u00e9".encode("ascii", "replace"), "x\u00e9".encode("ascii", "ignore"))
try:
    "caf\u00e9".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
