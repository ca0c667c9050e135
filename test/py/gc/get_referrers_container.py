import gc


class Target:
    pass


t = Target()
holder_list = [t]
holder_dict = {"key": t}
holder_tuple = (t, 1)


class Box:
    pass


box = Box()
box.item = t
refs = gc.get_referrers(t)
print(any(r is holder_list for r in refs))
print(any(r is holder_tuple for r in refs))
print(any(r is holder_dict for r in refs))
print(any(r is box for r in refs))
del holder_list
refs = None
print(any(type(r) is list and r and r[0] is t for r in gc.get_referrers(t)))
