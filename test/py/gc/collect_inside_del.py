import gc


class C:
    def __del__(self):
        print("__del__: nested collect returns", gc.collect())


gc.collect()
c = C()
c.me = c
del c
print("outer collect returns", gc.collect())

# outside a collection, collect() in __del__ works normally
d = C()
del d
print("done")
