import gc


def make(v):
    def inner():
        return v
    return inner


def plain():
    return lambda: 1


gc.disable()
gc.collect()
base = gc.get_count()
keep = [make(i) for i in range(20)]
c1 = gc.get_count()
del keep
c2 = gc.get_count()
keep = [plain() for i in range(20)]
c3 = gc.get_count()
del keep
c4 = gc.get_count()
print("20 closures:", c1[0] - base[0])
print("deleted:", c2[0] - c1[0])
print("20 lambdas:", c3[0] - c2[0])
print("deleted:", c4[0] - c3[0])
gc.enable()
