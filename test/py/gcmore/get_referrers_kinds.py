import gc


class Box:
    def method(self):
        return self


class SlotBox:
    __slots__ = ("item",)


def probe():
    target = Box()
    holders = [
        [target],
        {"k": target},
        {target: 1},
        {target},
        frozenset([target]),
        (target, 2),
    ]
    b = Box()
    b.item = target
    s = SlotBox()
    s.item = target

    def closure():
        return target
    m = target.method
    found = gc.get_referrers(target)
    return sorted(type(r).__name__ for r in found), len(holders)


print(probe())
