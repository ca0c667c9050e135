import weakref


class Resource:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Resource(%r)" % self.name


cache = weakref.WeakValueDictionary()
a = Resource("a")
b = Resource("b")
cache["a"] = a
cache["b"] = b
cache["tmp"] = Resource("tmp")
print(len(cache), sorted(cache.keys()))
print("a" in cache, "tmp" in cache, cache.get("tmp", "gone"))
print(cache["a"] is a, sorted(cache.items(), key=lambda kv: kv[0]))
del a
print(len(cache), "a" in cache, cache.get("a"))
try:
    cache["a"]
except KeyError as e:
    print("KeyError:", e)
print(cache.setdefault("c", b).name, cache.pop("b").name)
print(list(cache.values()))
del b
print(len(cache), list(cache))
