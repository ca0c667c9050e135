class DefaultZero(dict):
    def __missing__(self, key):
        print("missing", key)
        return 0

d = DefaultZero(a=1)
print(d["a"], d["b"])
print(d.get("c"), "b" in d)
d["x"] += 5
print(d)
class AutoVivify(dict):
    def __missing__(self, key):
        value = self[key] = AutoVivify()
        return value
tree = AutoVivify()
tree["a"]["b"]["c"] = 1
tree["a"]["d"] = 2
print(tree)
print(type(tree["a"]).__name__, isinstance(tree, dict))
class KeyUpper(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)
    def __getitem__(self, key):
        return super().__getitem__(key.upper())
k = KeyUpper()
k["abc"] = 1
print(k["ABC"], k["aBc"], k)
k.update({"low": 2})
print(k)
class Plain(dict):
    pass
p = Plain(x=1)
print(p, len(p), type(p.copy()).__name__)
try:
    p["nokey"]
except KeyError as e:
    print("KeyError:", e)
