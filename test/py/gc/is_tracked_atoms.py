import gc

x = 12345
values = [
    ("int", x),
    ("str", "hello"),
    ("float", 1.5),
    ("bytes", b"ab"),
    ("None", None),
    ("bool", True),
    ("complex", 2j),
    ("range", range(3)),
    ("bytearray", bytearray(b"x")),
    ("object()", object()),
]
for name, v in values:
    print(name, gc.is_tracked(v))
print("code", gc.is_tracked((lambda: 0).__code__))
