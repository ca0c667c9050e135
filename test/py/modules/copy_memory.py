# Copies and the memory they take: a shallow copy shares the items (refcounts go up),
# a deep copy makes new containers; instance copies get a materialised __dict__.
import copy, sys
inner = [1, 2, 3]
outer = [inner, inner]
print(sys.getrefcount(inner))
shallow = copy.copy(outer)
print(sys.getrefcount(inner), shallow[0] is inner)
deep = copy.deepcopy(outer)
print(sys.getrefcount(inner), deep[0] is deep[1], deep[0] is inner)
print(sys.getsizeof(outer), sys.getsizeof(shallow), sys.getsizeof(deep))
class Point:
    pass
p = Point(); p.x = 1; p.y = 2
q = copy.copy(p)
print(sys.getsizeof(q), sys.getsizeof(q.__dict__), vars(q))
memo = {}
r = copy.deepcopy([p, p], memo)
print(r[0] is r[1], len(memo) >= 2)
d = {"a": [1], "b": [1]}
e = copy.deepcopy(d)
print(e == d, e["a"] is d["a"])
