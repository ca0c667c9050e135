def source(tag):
    print("creating iterable", tag)
    return [1, 2]

g = (x for x in source("outer") for y in source("inner"))
print("generator created")
print(list(g))

try:
    g2 = (x for x in 42)
except TypeError as e:
    print("TypeError at creation:", e)

g3 = (x for x in [1] for y in 42)
print("second iterable not checked yet")
try:
    list(g3)
except TypeError as e:
    print("TypeError at iteration:", e)

seq = [1, 2, 3]
g4 = (s * 2 for s in seq)
seq = [100]
print(list(g4))

lst = [1, 2, 3]
g5 = (s for s in lst)
lst.append(4)
print(list(g5))
