import sys
lst = []
m = lst.append
print(sys.getrefcount(lst))
m2 = lst.append
print(sys.getrefcount(lst))
del m, m2
print(sys.getrefcount(lst))
it = iter(lst)
print(sys.getrefcount(lst))
e = enumerate(lst)
print(sys.getrefcount(lst))
