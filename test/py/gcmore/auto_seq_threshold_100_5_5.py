import gc

events = []


def cb(phase, info):
    if phase == "start":
        events.append(info["generation"])


gc.collect()
gc.set_threshold(100, 5, 5)
gc.callbacks.append(cb)
keep = []
for i in range(20000):
    keep.append([])
gc.callbacks.remove(cb)
gc.set_threshold(700, 10, 10)
# only the first 100 collections: later generation-2 decisions depend on how
# many objects start-up left in generation 2 (long_lived_total)
first = events[:100]
print("collections:", len(events))
print("first 100 per generation:", [first.count(g) for g in range(3)])
print("first 14:", first[:14])
print("generation-1 positions:", [i for i, g in enumerate(first) if g == 1][:8])
print("generation-2 positions:", [i for i, g in enumerate(first) if g == 2])
