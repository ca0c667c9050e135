import gc


class C:
    pass


gc.collect()
# self-reference through inline instance values: only the instance
a = C()
a.me = a
del a
print("inline values:", gc.collect())

# the same after the __dict__ has been materialised: instance + dict
b = C()
b.me = b
d = b.__dict__
print(sorted(d))
del d, b
print("materialised dict:", gc.collect())

# __dict__ materialised before the cycle is made
c = C()
c.__dict__["me"] = c
del c
print("dict written directly:", gc.collect())
