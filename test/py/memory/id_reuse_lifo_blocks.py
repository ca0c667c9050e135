class C: pass
a = C()
i = id(a)
del a
b = C()
print(id(b) == i)
big = 2 ** int("100")
j = id(big)
del big
big2 = 3 ** int("60")
print(id(big2) == j)
s = "".join(["block", "reuse"])
k = id(s)
del s
s2 = "".join(["other", "bytes"])
print(id(s2) == k)
base = 2 ** int("100")
objs = [base + k for k in range(3)]
ids = [id(o) for o in objs]
del objs
new = [base + (k + 10) for k in range(3)]
print([ids.index(id(o)) if id(o) in ids else -1 for o in new])
