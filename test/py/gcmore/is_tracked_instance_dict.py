import gc


class C:
    pass


c = C()
c.a = 1
d = c.__dict__
print("atomic materialised dict:", gc.is_tracked(d))
c.b = []
print("after list attribute:", gc.is_tracked(d))
del c.b
print("list attribute deleted:", gc.is_tracked(d))
gc.collect()
print("after full collect:", gc.is_tracked(d))
c.s = "text"
print("string attribute:", gc.is_tracked(d))
e = C()
e.__dict__ = {"x": 1}
print("assigned atomic dict:", gc.is_tracked(e.__dict__))
f = C()
f.__dict__ = {"x": [1]}
print("assigned dict with list:", gc.is_tracked(f.__dict__))
