import gc

events = []


def cb(phase, info):
    events.append((phase, info["generation"]))


def runs(seq):
    out = []
    for item in seq:
        if out and out[-1][0] == item:
            out[-1][1] += 1
        else:
            out.append([item, 1])
    return out


gc.collect()
gc.callbacks.append(cb)
keep = []
for i in range(20000):
    keep.append([])
gc.callbacks.remove(cb)
print("events:", len(events))
print("starts:", sum(1 for p, g in events if p == "start"))
for item, n in runs(g for p, g in events if p == "start"):
    print("generation", item, "x", n)
print("alternating:", all(events[i][0] == ("start", "stop")[i % 2] for i in range(len(events))))
