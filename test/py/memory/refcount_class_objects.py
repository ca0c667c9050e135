import sys
class K: pass
print(sys.getrefcount(K))
k1 = K()
print(sys.getrefcount(K))
k2 = K()
print(sys.getrefcount(K))
del k1
print(sys.getrefcount(K))
print(sys.getrefcount(k2))
