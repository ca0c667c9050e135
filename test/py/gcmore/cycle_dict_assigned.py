import gc


class C:
    pass


gc.collect()
# replacing __dict__ with a fresh dict
c = C()
c.__dict__ = {"me": c}
del c
print("assigned __dict__:", gc.collect())

# vars() materialises the dict on both sides of a pair
a, b = C(), C()
a.o, b.o = b, a
vars(a)
vars(b)
del a, b
print("pair with materialised dicts:", gc.collect())

# only one of the pair materialised
a, b = C(), C()
a.o, b.o = b, a
a.__dict__["x"] = 1
del a, b
print("one materialised:", gc.collect())

# the dict is kept, the instance is not
c = C()
c.me = c
d = c.__dict__
del c
print("dict kept alive:", gc.collect(), sorted(d))
d.clear()
print("after clear:", gc.collect())
