import gc

gc.collect()
# a tree of dicts in which every child points back to its parent
root = {"name": "root", "children": []}
for i in range(3):
    child = {"name": i, "parent": root, "children": []}
    root["children"].append(child)
    for j in range(2):
        child["children"].append({"name": (i, j), "parent": child})
del root, child
print("tree with parent links:", gc.collect())

# a dict whose value is a list holding the dict twice
d = {}
d["l"] = [d, d]
del d
print("dict + list:", gc.collect())

# a dict holding itself under several keys
d = {}
d["a"] = d
d["b"] = d
d[1] = d
del d
print("several keys:", gc.collect())
