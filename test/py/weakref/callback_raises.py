import weakref


class Bad:
    def __repr__(self):
        return "<Bad callback>"

    def __call__(self, ref):
        print("callback starts")
        return 1 / 0


class C:
    pass


c = C()
r = weakref.ref(c, Bad())
print("deleting")
del c
print("still running, ref dead:", r() is None)
d = C()
r2 = weakref.ref(d, Bad())
r3 = weakref.ref(d, lambda ref: print("other callback still runs"))
d = None
print("done")
