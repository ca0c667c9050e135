import sys
class O: pass
o = O()
s = "".join(["my", "attr"])
print(sys.getrefcount(s))
setattr(o, s, 1)
print(sys.getrefcount(s))
k = "".join(["dict", "key"])
d = {k: 1}
print(sys.getrefcount(k))
g = "".join(["get", "name"])
getattr(o, g, None)
print(sys.getrefcount(g))
