import gc


class Obj:
    def method(self):
        return "called"


gc.collect()
o = Obj()
o.m = o.method
print(o.m())
del o
print(gc.collect())
