keys = [33, 1, 17, 9, 25]
d = {k: None for k in keys}
s = set(keys)
print(list(d), list(s))
d2 = dict.fromkeys(["w3", "w1", "w2"])
s2 = set(["w3", "w1", "w2"])
print(list(d2), s2)
print(list({k: 0 for k in s}))
