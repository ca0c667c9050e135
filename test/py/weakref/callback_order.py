import weakref


class C:
    pass


order = []


def make(tag):
    return lambda ref: order.append(tag)


c = C()
refs = [weakref.ref(c, make(i)) for i in range(4)]
plain = weakref.ref(c)
p = weakref.proxy(c, make("proxy"))
del c
print(order)
print([r() for r in refs], plain())
