f(a=1, b=2, print=3, match=4, type=5)
dict(None_=1, True_=2)
obj.method(self=obj, cls=None)
