import gc

gc.collect()
p = []
q = [p]
p.append(q)
del p
print(gc.collect())
del q
print(gc.collect())

# a ring of five lists
first = []
node = first
for i in range(4):
    nxt = [i]
    node.append(nxt)
    node = nxt
node.append(first)
del first, node, nxt
print(gc.collect())
