class DataDesc:
    def __get__(self, obj, objtype=None):
        return "data descriptor"
    def __set__(self, obj, value):
        print("DataDesc.__set__", value)

class NonData:
    def __get__(self, obj, objtype=None):
        return "non-data descriptor"

class C:
    d = DataDesc()
    n = NonData()

c = C()
c.__dict__["d"] = "instance d"
c.__dict__["n"] = "instance n"
print(c.d)
print(c.n)
c.d = 5
print(c.__dict__["d"])
del c.__dict__["n"]
print(c.n)
c.n = "assigned"
print(c.n, C.n, c.__dict__)
class OnlyDelete:
    def __get__(self, obj, objtype=None):
        return "od"
    def __delete__(self, obj):
        print("OnlyDelete.__delete__")
class E:
    od = OnlyDelete()
e = E()
e.__dict__["od"] = "inst"
print(e.od)
del e.od
try:
    e.od = 1
except AttributeError as err:
    print("AttributeError:", err)
