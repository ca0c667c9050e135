import sys
class A:
    pass
class B(A):
    pass
base = sys.getrefcount(A)
print(sys.getrefcount(B))
objs = [A() for i in range(3)]
print(sys.getrefcount(A) - base)
del objs
print(sys.getrefcount(A) - base)
x = A()
print(sys.getrefcount(x))
y = x
lst = [x, x]
print(sys.getrefcount(x))
del y, lst
print(sys.getrefcount(x))
x.self_ref = None
holder = A()
holder.item = x
print(sys.getrefcount(x))
d = {"k": x}
print(sys.getrefcount(x))
del holder, d
print(sys.getrefcount(x))
class C:
    def m(self):
        return sys.getrefcount(self)
c = C()
print(c.m())
bm = c.m
print(sys.getrefcount(c))
del bm
print(sys.getrefcount(c))
