order = []
def val(label, v):
    order.append(label)
    return v

def f(a=val("a", 1), b=val("b", [])):
    b.append(a)
    return b
print(order)
print(f(), f(), f(5, []))

x = 10
def g(y=x):
    return y
x = 20
print(g(), g.__defaults__)

def make_defaults():
    fns = []
    for i in range(3):
        def h(i=i, acc=[]):
            acc.append(i)
            return list(acc)
        fns.append(h)
    return fns
fns = make_defaults()
print([fn() for fn in fns], [fn() for fn in fns])
print(fns[0].__defaults__[1] is fns[1].__defaults__[1])

class Config:
    def __init__(self, opts={}):
        self.opts = opts
c1, c2 = Config(), Config()
c1.opts["debug"] = True
print(c2.opts, c1.opts is c2.opts)
def with_tuple(t=(1, [2])):
    t[1].append(len(t[1]) + 2)
    return t
print(with_tuple(), with_tuple())
