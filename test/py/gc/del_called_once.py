import gc

calls = []


class D:
    def __del__(self):
        calls.append(type(self).__name__)
        print("__del__ runs; is_finalized:", gc.is_finalized(self))


gc.collect()
d = D()
d.me = d
print("finalized before:", gc.is_finalized(d))
del d
print(gc.collect())
print(gc.collect())
print(calls)

# mixed cycle: one object with __del__, one without
class Plain:
    pass

p = Plain()
q = D()
p.o = q
q.o = p
del p, q
print(gc.collect())
print(calls)
print(gc.garbage)
