# partial(): merged positional and keyword arguments, attributes, flattening and repr
import functools

def f(a, b=2, *args, **kw):
    return a, b, args, kw

p = functools.partial(f, 1, b=3)
print(p(), p(z=7), p(b=9), p.args, p.keywords, p.func is f)
q = functools.partial(f, 1, 2, 3)
print(q(4, x=5), q.keywords)
nested = functools.partial(p, c=1, b=4)
print(nested.func is f, nested.args, nested.keywords, nested(), nested(c=2))
deeper = functools.partial(q, 9, d=0)
print(deeper.func is f, deeper.args, deeper(10))
print(repr(p).replace(hex(id(f)), "ADDR"))
print(repr(nested).replace(hex(id(f)), "ADDR"))
print(repr(functools.partial(len, "abc")), functools.partial(len, "abc")())
print(repr(functools.partial(max, key=abs)), functools.partial(max, key=abs)([-5, 3]))
print(functools.partial(int, base=2)("1010"), functools.partial(sorted, reverse=True)([2, 3, 1]))

p.attr = "x"
wrapped = functools.partial(p, 5)
print(wrapped.func is p, p.__dict__, wrapped.__dict__)
kw = {"b": 0}
r = functools.partial(f, **kw)
kw["b"] = 100
print(r(1), r.keywords is kw)
r.keywords["b"] = 50
print(r(1))

class Adder:
    def __call__(self, x, y):
        return x + y
print(functools.partial(Adder(), 10)(5), functools.partial(functools.partial, f)(1)())
for call in [lambda: functools.partial(), lambda: functools.partial(1), lambda: functools.partial(func=f)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
for attr in ["func", "args", "keywords"]:
    try:
        setattr(p, attr, None)
    except AttributeError as e:
        print("AttributeError:", e)
