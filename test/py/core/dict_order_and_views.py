d = {}
for k in [5, 3, 9, 1, "s", (1, 2), 2.5]:
    d[k] = str(k)
print(d)
del d[3]
d[3] = "again"
print(list(d))
ks = d.keys()
d["new"] = 0
print(len(ks), "new" in ks, list(ks)[-1])
print(d.keys() & {5, 9, 100}, d.keys() - {5, 9}, {1: 0}.keys() | {2})
print(list(reversed(d)), list(reversed(d.values()))[:2])
d2 = {1: "x", 1.0: "y", True: "z"}
print(d2)
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, list({"b": 1, "a": 2}))
try:
    for k in d:
        d["other"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
