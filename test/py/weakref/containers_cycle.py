import gc
import weakref

gc.disable()


class Node:
    def __init__(self, name):
        self.name = name
        self.me = self


wvd = weakref.WeakValueDictionary()
wkd = weakref.WeakKeyDictionary()
ws = weakref.WeakSet()
n = Node("n")
wvd["n"] = n
wkd[n] = "meta"
ws.add(n)
print(len(wvd), len(wkd), len(ws))
del n
print("after del:", len(wvd), len(wkd), len(ws))
gc.collect()
print("after collect:", len(wvd), len(wkd), len(ws))
