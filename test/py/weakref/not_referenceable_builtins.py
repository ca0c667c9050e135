import weakref

objects = [
    1, True, 1.5, 2j, "text", b"bytes", bytearray(b"x"), (1, 2), [1], {"a": 1},
    None, object(), range(3), slice(1, 2), property(), staticmethod(len),
    ValueError("boom"),
]
for obj in objects:
    try:
        weakref.ref(obj)
    except TypeError as e:
        print(type(obj).__name__, "->", e)
    else:
        print(type(obj).__name__, "-> referenceable?!")
    print("  getweakrefcount:", weakref.getweakrefcount(obj))
try:
    weakref.proxy([1, 2])
except TypeError as e:
    print("proxy:", e)
