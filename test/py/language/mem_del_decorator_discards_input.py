import sys

class Handler:
    count = 0
    def __init__(self, label):
        self.label = label
        Handler.count += 1
    def __call__(self):
        return self.label
    def __del__(self):
        Handler.count -= 1
        print(f"  freed {self.label}")

def upgrade(h):
    print(f"  upgrading {h.label} (refcount {sys.getrefcount(h)})")
    return Handler(h.label + "+")

def holds(h):
    holds.kept.append(h)
    return Handler("copy of " + h.label)
holds.kept = []

print("define a")
a = upgrade(upgrade(Handler("a")))
print("a is", a(), "live", Handler.count)
print("define b")
b = holds(Handler("b"))
print("b is", b(), "live", Handler.count)
print("drop kept")
holds.kept.clear()
print("live", Handler.count)
print("rebinding a")
a = b
print("live", Handler.count)
del b
print("live", Handler.count, a())
del a
print("live", Handler.count)
