import gc

x = 9


class C:
    pass


cases = {
    "empty dict inside": (x, {}),
    "atomic dict inside": (x, {"a": 1}),
    "list inside": (x, []),
    "instance inside": (x, C()),
    "frozenset inside": (x, frozenset([1])),
    "nested atoms": ((x, x), (x, "y")),
    "string and None": (str(x), None),
}
print("before:", [gc.is_tracked(t) for t in cases.values()])
gc.collect()
for name, t in cases.items():
    print(name, gc.is_tracked(t))
t = cases["atomic dict inside"]
t[1]["l"] = []
print("dict inside now tracked:", gc.is_tracked(t[1]), "tuple:", gc.is_tracked(t))
