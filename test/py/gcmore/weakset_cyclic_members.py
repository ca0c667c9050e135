import gc
import weakref


class M:
    def __init__(self, n):
        self.n = n
        self.peers = []


gc.collect()
ws = weakref.WeakSet()
members = [M(i) for i in range(6)]
for m in members:
    m.peers.append(m)
    ws.add(m)
# link 0..2 into one ring, leave the others as self-cycles
members[0].peers.append(members[1])
members[1].peers.append(members[2])
members[2].peers.append(members[0])
survivor = members[4]
del members, m
print("before collect:", len(ws))
print("collected:", gc.collect())
print("after collect:", sorted(m.n for m in ws))
survivor.peers.append(M(99))
ws.add(survivor.peers[-1])
print(sorted(m.n for m in ws))
del survivor
print("collected:", gc.collect(), len(ws))
