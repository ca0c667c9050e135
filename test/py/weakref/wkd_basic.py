import weakref


class Key:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Key(%s)" % self.name


meta = weakref.WeakKeyDictionary()
k1 = Key("one")
k2 = Key("two")
meta[k1] = 1
meta[k2] = 2
print(len(meta), meta[k1], k2 in meta, meta.get(k1))
print(sorted(meta.values()), sorted(k.name for k in meta.keys()))
del k1
print(len(meta), [k.name for k in meta])
meta[Key("temp")] = 3
print(len(meta))
try:
    meta[5] = "x"
except TypeError as e:
    print("TypeError:", e)
print(meta.pop(k2), len(meta))
