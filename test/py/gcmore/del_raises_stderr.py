import gc


class Finalizer:
    # a callable class attribute (not a function) used as __del__: the
    # "Exception ignored in" line then shows this repr, without an address
    def __repr__(self):
        return "<Finalizer>"

    def __call__(self):
        print("finalizer runs")
        raise RuntimeError("from finalizer")


class C:
    __del__ = Finalizer()


gc.collect()
c = C()
del c
print("after refcount death")
c = C()
c.me = c
del c
print("collected:", gc.collect())
