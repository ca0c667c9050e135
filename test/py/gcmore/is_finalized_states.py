import gc


class WithDel:
    def __del__(self):
        pass


class Without:
    pass


keep = []


class Saver:
    def __del__(self):
        keep.append(self)


gc.collect()
w, o = WithDel(), Without()
print(gc.is_finalized(w), gc.is_finalized(o), gc.is_finalized(1), gc.is_finalized([]))
o.me = o
ref_o = [o]
del o
gc.collect()
print("survivor without __del__:", gc.is_finalized(ref_o[0]))
s = Saver()
s.me = s
del s
gc.collect()
print("resurrected by gc:", gc.is_finalized(keep[0]))
t = Saver()
del t
print("resurrected by refcount:", gc.is_finalized(keep[1]))
keep.clear()
print(gc.collect())
