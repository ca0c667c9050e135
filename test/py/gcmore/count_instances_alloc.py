import gc


class P:
    pass


class S:
    __slots__ = ("a",)


gc.disable()
gc.collect()
base = gc.get_count()
keep = [P() for i in range(50)]
c1 = gc.get_count()
del keep
c2 = gc.get_count()
keep = [S() for i in range(50)]
c3 = gc.get_count()
del keep
c4 = gc.get_count()
print("50 instances:", c1[0] - base[0])
print("deleted:", c2[0] - c1[0])
print("50 slotted instances:", c3[0] - c2[0])
print("deleted:", c4[0] - c3[0])
gc.enable()
