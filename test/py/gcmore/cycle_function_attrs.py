import gc

gc.collect()


def make():
    def f():
        pass
    f.me = f
    return f


make()
print("function attribute -> itself:", gc.collect())


def make_defaults():
    def g(x, memo=[]):
        memo.append(x)
        return len(memo)
    g.__defaults__[0].append(g)
    return g


h = make_defaults()
print(h(1))
del h
print("defaults list -> function:", gc.collect())


def make_kwdefaults():
    def k(*, opt=None):
        return opt
    k.__kwdefaults__["opt"] = k
    return k


make_kwdefaults()
print("kwdefaults -> function:", gc.collect())
