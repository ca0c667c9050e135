# ChainMap: lookups go through the maps in order; writes go to the first one.
from collections import ChainMap
defaults = {"color": "red", "user": "guest"}
env = {"user": "admin"}
cm = ChainMap(env, defaults)
print(cm["user"], cm["color"], len(cm), list(cm), sorted(cm.items()))
print(cm, cm.maps[0] is env, "color" in cm, cm.get("nope", 0))
cm["color"] = "blue"
print(env, defaults)
child = cm.new_child({"user": "child"})
print(child["user"], child.parents["user"], len(child.maps), child)
del cm["color"]
print(cm["color"], env)
try:
    del cm["user2"]
except KeyError as e:
    print("KeyError", e)
try:
    ChainMap({}, {"a": 1}).popitem()
except KeyError as e:
    print("KeyError", e)
print(ChainMap(), bool(ChainMap({}, {})), bool(ChainMap({}, {"a": 1})))
print(ChainMap({"a": 1}) == {"a": 1}, dict(ChainMap({"a": 1}, {"b": 2})))
c2 = cm.copy()
c2["z"] = 26
print("z" in cm, c2["z"], cm.pop("user"), cm["user"])
print(ChainMap.fromkeys("ab", 0), ChainMap({"a": 1}) | {"b": 2})
