import gc


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)


gc.collect()
# unreachable cycles still pending at exit, with the collector enabled
for name in ("first", "second"):
    x = D(name)
    x.me = x
del x
ring = [D("ring0"), D("ring1"), D("ring2")]
for i in range(3):
    ring[i].next = ring[(i + 1) % 3]
del ring, i
print("end of main, enabled:", gc.isenabled())
