log = []
def src(name, n):
    log.append("iter " + name)
    return range(n)
def key(k):
    log.append(f"key {k}")
    return k
def val(v):
    log.append(f"val {v}")
    return v

print({key(i): val(i * 10) for i in src("outer", 2)})
print(log)
log.clear()
print([(i, j) for i in src("a", 2) for j in src("b", i + 1)])
print(log)
log.clear()
g = ((i, j) for i in src("ga", 2) for j in src("gb", 1))
print(log)
print(list(g))
print(log)
d = {"a": 1}
print({k: k * 2 for k in d} | {"a": 0})
print({(k := "x"): (k + "v") for _ in range(1)})
