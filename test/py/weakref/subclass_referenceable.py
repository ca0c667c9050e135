import weakref


class SubList(list): pass
class SubDict(dict): pass
class SubStr(str): pass
class SubFloat(float): pass
class SubInt(int): pass
class SubTuple(tuple): pass
class SubBytes(bytes): pass


samples = [SubList([1]), SubDict(a=1), SubStr("s"), SubFloat(1.5), SubInt(7), SubTuple((1,)), SubBytes(b"b")]
for obj in samples:
    try:
        r = weakref.ref(obj)
        print(type(obj).__name__, "ok", r() == obj)
    except TypeError as e:
        print(type(obj).__name__, "TypeError:", e)
s = SubStr("abc")
r = weakref.ref(s)
print(r().upper(), len(r()))
del s
print(r())
