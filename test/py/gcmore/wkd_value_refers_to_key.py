import gc
import weakref


class Key:
    def __init__(self, name):
        self.name = name


gc.collect()
wkd = weakref.WeakKeyDictionary()
a = Key("a")
b = Key("b")
wkd[a] = "plain value"
wkd[b] = [b]  # the value refers to its own key: the dict keeps b alive
del a, b
print("after del:", sorted(k.name for k in wkd))
print("collected:", gc.collect())
print("after collect:", sorted(k.name for k in wkd))
c = Key("c")
c.me = c
wkd[c] = 1
del c
print("cyclic key:", len(wkd), "->", gc.collect(), len(wkd))
for key in list(wkd):
    del wkd[key]
del key
print("after emptying:", gc.collect(), len(wkd))
