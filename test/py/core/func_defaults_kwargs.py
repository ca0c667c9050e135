def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3))
print(f(1, 5, 6, 7, c=8, e=9))
print(f(*[1, 2, 3], **{"c": 0, "z": 1}))
print(f(a=1, c=2, d=3, x=4))

def g(x, y=[]):
    y.append(x)
    return y
print(g(1), g(2), g(3, []))
print(f.__defaults__, f.__kwdefaults__, f.__name__, g.__code__.co_argcount)
def h(*, key):
    return key
print(h(key="k"))
def k(**opts):
    return sorted(opts.items())
print(k(b=1, a=2), k())
