# KeyError with an empty-string key prints KeyError: ''.
d = {"a": 1}
print(d["a"])
key = ""
print(d[key])
