import gc

print("{}", gc.is_tracked({}))
print("{1: 2}", gc.is_tracked({1: 2}))
print("{'a': 1}", gc.is_tracked({"a": 1}))
print("dict(a=1)", gc.is_tracked(dict(a=1)))
print("comprehension", gc.is_tracked({i: i for i in range(3)}))
print("{(1, 2): 3}", gc.is_tracked({(1, 2): 3}))
print("{1: []}", gc.is_tracked({1: []}))
d = {}
d["a"] = []
print("d['a'] = []", gc.is_tracked(d))
d["a"] = 5
print("replaced by int", gc.is_tracked(d))
gc.collect(1)
print("after collect(1)", gc.is_tracked(d))
gc.collect()
print("after collect()", gc.is_tracked(d))
d["b"] = [1]
print("list added again", gc.is_tracked(d))
