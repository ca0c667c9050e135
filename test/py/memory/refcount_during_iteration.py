import sys
lst = [object(), object()]
print(sys.getrefcount(lst))
for x in lst:
    print("in loop:", sys.getrefcount(lst))
print("after loop:", sys.getrefcount(lst))
it = iter(lst)
print("with iterator:", sys.getrefcount(lst))
del it
counts = [sys.getrefcount(o) for o in lst]
print("comprehension items:", counts)
d = {"a": object()}
for k, v in d.items():
    print("dict value in loop:", sys.getrefcount(v))
