def append_to(item, target=[]):
    target.append(item)
    return target

a = append_to(1)
b = append_to(2)
print(a, b, a is b, append_to.__defaults__)
print(append_to(3, []), append_to.__defaults__)

def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe_append(1), safe_append(2))

def counter(d={}):
    d["n"] = d.get("n", 0) + 1
    return d["n"]
print([counter() for _ in range(3)], counter({}))

_missing = object()
def lookup(key, default=_missing):
    data = {"x": 1}
    if key in data:
        return data[key]
    if default is _missing:
        raise KeyError(key)
    return default
print(lookup("x"), lookup("y", None))
try:
    lookup("y")
except KeyError as e:
    print("KeyError", e)

def stamp(t=len("evaluated once")):
    return t
print(stamp(), stamp.__defaults__)
append_to.__defaults__[0].clear()
print(append_to(9))
