import gc

gc.collect()
# a self-referencing list with acyclic garbage hanging off it: every
# unreachable container is counted, not only the cycle members
l = [[], [[]], {"k": []}]
l.append(l)
del l
print("list + tail:", gc.collect())

# the tail holds atoms only: the tail lists still count
l = [[1, 2], ["a"], (3, 4)]
l.append(l)
del l
print("atoms in tail:", gc.collect())

# garbage reachable from a cycle, but the cycle is kept alive
keep = [[], []]
keep.append(keep)
print("alive:", gc.collect())
del keep
print("dropped:", gc.collect())
