import sys
print(sys.getsizeof(""), sys.getsizeof("a"), sys.getsizeof("a" * 10))
print(sys.getsizeof("\xe9" * 10), sys.getsizeof("a\xe9"), sys.getsizeof("\xe9" * 2))
print(sys.getsizeof("\u0100"), sys.getsizeof("\u0100" * 10), sys.getsizeof("a\u0100"), sys.getsizeof("\u4e2d\u6587"))
print(sys.getsizeof("\U0001F600"), sys.getsizeof("\U0001F600" * 10), sys.getsizeof("a\U0001F600"))
for ch in ["A", "\x7f", "\x80", "\xe9", "\xff", "\u0100", "\uffff", "\U00010000"]:
    print(hex(ord(ch)), sys.getsizeof(ch), sys.getsizeof(ch * 3))
print({sys.getsizeof(chr(i)) for i in range(128)}, {sys.getsizeof(chr(i)) for i in range(128, 256)}, sys.getsizeof(chr(256)))
mixed = "abc" + "\u20ac"
print(len(mixed), sys.getsizeof(mixed), sys.getsizeof(mixed[:3]), sys.getsizeof(mixed[3:]))
